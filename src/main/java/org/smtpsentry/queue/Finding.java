package org.smtpsentry.queue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smtpsentry.UserError;

/**
 * The accounts that {@code smtpsentry analyze --json} flagged, read from its output: the logins of
 * "compromisedAccounts" and the uids and users of "localScripts".
 */
public record Finding(List<String> logins, List<String> localUsers) {
    private static final long MAX_SIZE = 256L << 20;

    public static Finding read(Path file) {
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw new UserError(file + ": larger than 256 MB, not an analyze --json report; nothing selected");
            }
            JsonElement root;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                root = JsonParser.parseReader(r);
            }
            if (!root.isJsonObject()) {
                throw new UserError(file + ": not a JSON object; give the output of smtpsentry analyze --json");
            }
            JsonObject report = root.getAsJsonObject();
            Set<String> logins = new LinkedHashSet<>();
            for (JsonObject account : objects(report, "compromisedAccounts", file)) {
                String login = string(account, "login");
                if (!login.isEmpty()) {
                    logins.add(login);
                }
            }
            Set<String> users = new LinkedHashSet<>();
            for (JsonObject script : objects(report, "localScripts", file)) {
                for (String key : List.of("uid", "user")) {
                    String v = string(script, key);
                    if (!v.isEmpty()) {
                        users.add(v);
                    }
                }
            }
            if (logins.isEmpty() && users.isEmpty()) {
                throw new UserError(file + ": no compromisedAccounts or localScripts in it; nothing to select");
            }
            return new Finding(List.copyOf(logins), List.copyOf(users));
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the finding: " + e.getMessage() + "; nothing selected", e);
        } catch (JsonParseException e) {
            throw new UserError(file + ": not valid JSON (" + e.getMessage()
                    + "); give the output of smtpsentry analyze --json; nothing selected", e);
        }
    }

    private static List<JsonObject> objects(JsonObject report, String key, Path file) {
        JsonElement e = report.get(key);
        List<JsonObject> found = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return found;
        }
        if (!e.isJsonArray()) {
            throw new UserError(file + ": \"" + key + "\" is not an array; nothing selected");
        }
        JsonArray array = e.getAsJsonArray();
        for (JsonElement item : array) {
            if (item.isJsonObject()) {
                found.add(item.getAsJsonObject());
            }
        }
        return found;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? "" : e.getAsString().strip();
    }
}
