// A real Neo4j 5 (community) for the test suite: the in-process server of org.neo4j.test:neo4j-harness
// with Bolt and HTTP (which serves Neo4j Browser at /browser/ when its jar is on the classpath) on
// loopback ports, authentication on, the user neo4j's password set from the environment.
//
//   KG_NEO4J_PASSWORD=secret java -cp "$(cat classpath.txt)" Neo4jTestServer.java DIR BOLT_PORT HTTP_PORT
//
// Prints "READY bolt://... http://..." once the database answers, then runs until its standard input
// closes (the test process ended, however it ended) or it gets SIGTERM, and shuts the server down.
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public class Neo4jTestServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Neo4jTestServer DIR BOLT_PORT HTTP_PORT");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("KG_NEO4J_PASSWORD", "password");
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(Path.of(args[0]))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[2])))
                .withConfig(HttpsConnector.enabled, false)
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        try {
            neo4j.databaseManagementService().database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException error) {
            System.err.println("cannot set the password: " + error.getMessage());
            System.exit(1);
        }
        System.out.println("READY " + neo4j.boltURI() + " " + neo4j.httpURI());
        System.out.flush();
        InputStream in = System.in;
        while (in.read() != -1) {
            // nothing to read: the parent holds the pipe open while it wants the server
        }
        System.exit(0);
    }
}
