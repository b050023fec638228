#!/usr/bin/env bash
# The Kafka broker of docker-compose.yml (image apache/kafka), with the settings infra/kafka.js gives
# the local SASL broker: clients authenticate with SASL/SCRAM, every request is checked by KRaft's
# StandardAuthorizer (no ACL, no access), the broker itself is the only super user. The SCRAM users
# (the super user and one per service) are created when the storage is formatted, on the container's
# first start; the kafka-acls service (`node infra/kafka.js acls`) then grants each service its topics.
# Passwords come from the environment (.env), never from this file.
set -euo pipefail

kafka_home=${KAFKA_HOME:-/opt/kafka}
port=${KAFKA_BROKER_PORT:-9092}
controller_port=$((port + 1))
advertised_host=${KAFKA_ADVERTISED_HOST:-kafka}
# A second listener, for clients on the host: the same SASL users, advertised as the host reaches it.
external_port=${KAFKA_EXTERNAL_PORT:-9094}
external_host=${KAFKA_EXTERNAL_HOST:-localhost}
data_dir=${KAFKA_DATA_DIR:-/tmp/kraft-combined-logs}
config_dir=${KAFKA_CONFIG_DIR:-/tmp/channelgraph-kafka}
mechanism=${KAFKA_SASL_MECHANISM:-scram-sha-512}
admin=${KAFKA_ADMIN_USERNAME:-admin}
services=(enrollment relationship agreement notification)

case "$mechanism" in
  scram-sha-256 | scram-sha-512) ;;
  *) echo "KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512, not $mechanism" >&2; exit 1 ;;
esac
MECHANISM=${mechanism^^}

# Names and passwords go into `--add-scram` and quoted JAAS values: the same characters infra/kafka.js allows.
safe_password='^[A-Za-z0-9._~+/=!@#%^*-]{8,}$'
check_password() {
  local name=$1 value=${!1:-}
  if [[ -z "$value" ]]; then echo "$name is not set (see .env.example)" >&2; exit 1; fi
  if [[ ! "$value" =~ $safe_password ]]; then echo "$name must be at least 8 of A-Z a-z 0-9 . _ ~ + / = ! @ # % ^ * -" >&2; exit 1; fi
}
check_password KAFKA_ADMIN_PASSWORD
scram=(--add-scram "$MECHANISM=[name=$admin,password=$KAFKA_ADMIN_PASSWORD]")
for service in "${services[@]}"; do
  user_var=${service^^}_KAFKA_USERNAME
  password_var=${service^^}_KAFKA_PASSWORD
  check_password "$password_var"
  scram+=(--add-scram "$MECHANISM=[name=${!user_var:-$service},password=${!password_var}]")
done

umask 077 # the files below hold the super user's password
mkdir -p "$config_dir"
cat > "$config_dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$controller_port
listeners=SASL_PLAINTEXT://:$port,EXTERNAL://:$external_port,CONTROLLER://localhost:$controller_port
advertised.listeners=SASL_PLAINTEXT://$advertised_host:$port,EXTERNAL://$external_host:$external_port
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT
sasl.enabled.mechanisms=$MECHANISM
sasl.mechanism.inter.broker.protocol=$MECHANISM
listener.name.sasl_plaintext.$mechanism.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$admin" password="$KAFKA_ADMIN_PASSWORD";
listener.name.external.$mechanism.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$admin" password="$KAFKA_ADMIN_PASSWORD";
# A KRaft controller cannot check SCRAM users that live in the metadata it serves: PLAIN, on localhost only.
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$admin" password="$KAFKA_ADMIN_PASSWORD" user_$admin="$KAFKA_ADMIN_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:$admin
allow.everyone.if.no.acl.found=false
log.dirs=$data_dir
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=3
group.initial.rebalance.delay.ms=0
EOF
# For the healthcheck (kafka-topics.sh --command-config).
cat > "$config_dir/admin.properties" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=$MECHANISM
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$admin" password="$KAFKA_ADMIN_PASSWORD";
EOF

# --ignore-formatted: on a restart the users are already there (change a password with kafka-configs.sh).
"$kafka_home/bin/kafka-storage.sh" format --ignore-formatted -t "${CLUSTER_ID:?CLUSTER_ID is not set}" -c "$config_dir/server.properties" "${scram[@]}"
exec "$kafka_home/bin/kafka-server-start.sh" "$config_dir/server.properties"
