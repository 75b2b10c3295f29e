#!/bin/sh
# Starts the SPARQL service as the container image and the systemd unit do: the packaged Quarkus
# application, its store on the volume NEWSGRAPH_STORE (default /var/lib/newsgraph/tdb2), the write
# credential from the environment (NEWSGRAPH_WRITE_TOKEN, or NEWSGRAPH_WRITE_USER and
# NEWSGRAPH_WRITE_PASSWORD), JVM settings from JAVA_OPTS.
#   APP=sparql-service/target/quarkus-app NEWSGRAPH_STORE=/tmp/tdb2 QUARKUS_HTTP_PORT=8099 sparql-service/src/main/deploy/run-service.sh
set -eu
APP="${APP:-/deployments}"
export NEWSGRAPH_STORE="${NEWSGRAPH_STORE:-/var/lib/newsgraph/tdb2}"
exec java ${JAVA_OPTS:--Xmx2g} -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -jar "$APP/quarkus-run.jar"
