package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RestartCommandTest {

    @Test
    void defaultsToTheDataFolderAndWhatThePidFileRecorded() {
        RestartCommand command = RestartCommand.parse(List.of("keycloak"));

        assertThat(command.service()).isEqualTo("keycloak");
        assertThat(command.state()).isEqualTo(Path.of(".data").toAbsolutePath());
        assertThat(command.port()).isEmpty();
        assertThat(command.newKeys()).isFalse();

        Optional<PidFile> recorded = Optional.of(new PidFile(1, Optional.empty(), Map.of("port", "8380", "realm", "/srv/realm.json")));
        assertThat(command.portOr(recorded, 8180)).isEqualTo(8380);
        assertThat(command.realmOr(recorded, "k8s/realm.json")).isEqualTo(Path.of("/srv/realm.json"));
        assertThat(command.portOr(Optional.empty(), 8180)).isEqualTo(8180);
        assertThat(command.realmOr(Optional.empty(), "k8s/realm.json")).isEqualTo(Path.of("k8s/realm.json").toAbsolutePath());
    }

    @Test
    void takesThePortOfTheServiceItRestartsAndGivenOptionsWin() {
        List<String> options = List.of("--state", "/tmp/lt-state", "--opensearch-port", "9400", "--keycloak-port", "8380", "--realm", "/r.json");
        Optional<PidFile> recorded = Optional.of(new PidFile(1, Optional.empty(), Map.of("port", "1111", "realm", "/old.json")));

        RestartCommand openSearch = RestartCommand.parse(concat("opensearch", options));
        RestartCommand keycloak = RestartCommand.parse(concat("keycloak", concat("--new-keys", options)));

        assertThat(openSearch.state()).isEqualTo(Path.of("/tmp/lt-state"));
        assertThat(openSearch.port()).isEqualTo(OptionalInt.of(9400));
        assertThat(openSearch.portOr(recorded, 9200)).isEqualTo(9400);
        assertThat(keycloak.port()).isEqualTo(OptionalInt.of(8380));
        assertThat(keycloak.realmOr(recorded, "x")).isEqualTo(Path.of("/r.json"));
        assertThat(keycloak.newKeys()).isTrue();
    }

    @Test
    void refusesWhatItCannotDo() {
        assertThatThrownBy(() -> RestartCommand.parse(List.of())).hasMessageContaining("usage: restart opensearch|keycloak");
        assertThatThrownBy(() -> RestartCommand.parse(List.of("store"))).hasMessageContaining("usage: restart opensearch|keycloak");
        assertThatThrownBy(() -> RestartCommand.parse(List.of("opensearch", "--new-keys"))).hasMessageContaining("--new-keys is for keycloak");
        assertThatThrownBy(() -> RestartCommand.parse(List.of("keycloak", "--port", "1"))).hasMessageContaining("unknown option --port");
        assertThatThrownBy(() -> RestartCommand.parse(List.of("keycloak", "--state"))).hasMessageContaining("--state needs a value");
        assertThatThrownBy(() -> RestartCommand.parse(List.of("keycloak", "--keycloak-port", "http"))).hasMessageContaining("must be a port number");
        assertThatThrownBy(() -> RestartCommand.parse(List.of("keycloak", "--keycloak-port", "70000"))).hasMessageContaining("must be a port number");
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
