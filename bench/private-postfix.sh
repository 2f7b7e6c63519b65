#!/usr/bin/env bash
# Creates and starts a PRIVATE Postfix instance (own config, queue and data directories, loopback ports only,
# no DNS, relay to a closed loopback port so that every message defers). Run as root.
#   bench/private-postfix.sh start DIR SMTP_PORT   -> config in DIR/etc, queue in DIR/spool, log in DIR/mail.log
#   bench/private-postfix.sh stop DIR
set -euo pipefail
action=$1; dir=$2
case "$action" in
  start)
    port=$3
    mkdir -p "$dir/etc" "$dir/spool" "$dir/data"; chown postfix "$dir/data"; chmod 755 "$dir" "$dir/etc"
    cat > "$dir/etc/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $dir/spool
data_directory = $dir/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.example.test
mydomain = example.test
myorigin = example.test
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
relayhost = [127.0.0.1]:${RELAY_PORT:-2}
default_transport = smtp
relay_transport = smtp
smtp_dns_support_level = disabled
smtp_bind_address = 127.0.0.1
smtpd_peername_lookup = no
smtpd_relay_restrictions = permit_mynetworks permit_sasl_authenticated defer_unauth_destination
smtpd_sasl_auth_enable = ${SASL:-no}
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
maillog_file = $dir/mail.log
maillog_file_prefixes = $dir
queue_run_delay = 3600s
minimal_backoff_time = 3600s
maximal_backoff_time = 7200s
bounce_queue_lifetime = 5d
maximal_queue_lifetime = 5d
default_process_limit = 20
in_flow_delay = 0
smtpd_client_connection_rate_limit = 0
smtpd_client_message_rate_limit = 0
CF
    cat > "$dir/etc/master.cf" <<CF
127.0.0.1:$port inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
CF
    postfix -c "$dir/etc" check >/dev/null 2>&1 || postfix -c "$dir/etc" set-permissions >/dev/null 2>&1 || true
    postfix -c "$dir/etc" start
    ;;
  stop)
    postfix -c "$dir/etc" stop >/dev/null 2>&1 || true
    ;;
esac
