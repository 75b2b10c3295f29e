#!/bin/sh
# Starts the SPARQL service as the container image and the systemd unit do: the packaged Quarkus
# application, its store on the volume NEWSGRAPH_STORE (default /var/lib/newsgraph/tdb2), the write
# credential from the environment (NEWSGRAPH_WRITE_TOKEN, or NEWSGRAPH_WRITE_USER and
# NEWSGRAPH_WRITE_PASSWORD), JVM settings from JAVA_OPTS.
#   APP=sparql-service/target/quarkus-app NEWSGRAPH_STORE=/tmp/tdb2 QUARKUS_HTTP_PORT=8099 sparql-service/src/main/deploy/run-service.sh
# With the argument probe, it is the image's health check instead: exit 0 when the service on
# this machine (port QUARKUS_HTTP_PORT, default 8080) is ready, else 1; it needs nothing but the JRE.
set -eu
APP="${APP:-/deployments}"
if [ "${1:-}" = probe ]; then
    exec java -Xmx16m -XX:TieredStopAtLevel=1 -cp "$APP/app/*" org.newsgraph.sparql.store.ReadinessProbe
fi
export NEWSGRAPH_STORE="${NEWSGRAPH_STORE:-/var/lib/newsgraph/tdb2}"
exec java ${JAVA_OPTS:--Xmx2g} -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -jar "$APP/quarkus-run.jar"
