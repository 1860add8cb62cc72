package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.client.RawSc2Client;
import io.wickedzerg.sim.data.Sc2Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.wickedzerg.sim.server.ProtocolRequests.joinGameVsComputer;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code ResponseGameInfo.mod_names} as the real game serves it for every recorded ladder map. */
class GameInfoModNamesTest {
    @Test
    void gameInfoListsTheModsTheRealGameListsForItsLadderMaps() throws IOException {
        List<List<String>> recorded;
        try (Stream<Path> files = Files.list(Sc2Fixtures.folder())) {
            recorded = files.map(Path::getFileName).map(Path::toString).filter(f -> f.endsWith(".game_info.pb"))
                    .map(f -> Sc2Fixtures.gameInfo(f.substring(0, f.length() - ".game_info.pb".length())))
                    .map(r -> List.copyOf(r.getGameInfo().getModNamesList())).distinct().toList();
        }
        assertThat(recorded).as("every recorded map lists the same mods").hasSize(1);
        try (SimServer server = SimServer.start(SimServerOptions.builder().port(0).build());
             RawSc2Client client = RawSc2Client.connect(server.port())) {
            joinGameVsComputer(client, false);
            Sc2Api.Response info = client.send(Sc2Api.Request.newBuilder()
                    .setGameInfo(Sc2Api.RequestGameInfo.getDefaultInstance()).build());
            assertThat(info.getGameInfo().getModNamesList()).containsExactlyElementsOf(recorded.get(0));
        }
    }
}
