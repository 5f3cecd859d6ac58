# syntax=docker/dockerfile:1
# One image recipe for both services and the gateway: docker build --build-arg SERVICE=engagement-service .
# (docker-compose.yml builds engagement-service, workshop-service and gateway with it.)

FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
# the one build recipe of a service (tests run in CI, not here; CI runs this script too); the cache mount keeps ~/.m2
RUN --mount=type=cache,target=/root/.m2 \
    scripts/build-service.sh "$SERVICE" \
    && cp "$SERVICE/target/$SERVICE-0.1.0-SNAPSHOT-exec.jar" /src/service.jar

FROM eclipse-temurin:17-jre
# curl for the container health check on /actuator/health
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app lis
WORKDIR /app
COPY --from=build /src/service.jar service.jar
USER lis
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
