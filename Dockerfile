# Slipway as an image: the built jar, its libraries, the browser files, the lessons and the
# npm packages the browser loads. Nothing is downloaded, so it builds on a machine with no
# registry and no network. Build it after `mvn package` and `bin/setup` (npm packages):
#
#   bin/slipway images --runtime          # makes the base, slipway/java-runtime:17-bookworm
#   docker build -t slipway .
#
# BASE can be any image with a Java 17 runtime on the PATH, such as eclipse-temurin:17-jre.
ARG BASE=slipway/java-runtime:17-bookworm
FROM ${BASE}
WORKDIR /opt/slipway
# .dockerignore lets in only what the server needs.
COPY . /opt/slipway/
ENV SLIPWAY_HOME=/var/lib/slipway
EXPOSE 7070
ENTRYPOINT ["java", "-jar", "/opt/slipway/target/slipway.jar"]
CMD ["serve", "--host", "127.0.0.1", "--port", "7070"]
