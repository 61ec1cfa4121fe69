# Aliado as one image: the web app and its admin command line (`docker run … aliado migrate`).
# Build:  docker build -t aliado .
# Run:    see deploy/compose.yaml and README, "Run it for a team".

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a code change does not download packages again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Aliado.Core/Aliado.Core.csproj src/Aliado.Core/
COPY src/Aliado.Data/Aliado.Data.csproj src/Aliado.Data/
COPY src/Aliado.Exchange/Aliado.Exchange.csproj src/Aliado.Exchange/
COPY src/Aliado/Aliado.csproj src/Aliado/
RUN dotnet restore src/Aliado/Aliado.csproj
COPY src/ src/
RUN dotnet publish src/Aliado/Aliado.csproj --no-restore -c Release -o /app

# The Ubuntu-based runtime image carries ICU and tzdata (the chiseled and Alpine ones do not):
# Spanish collation and formatting need ICU, users' time zones need tzdata. Fail the build if either goes.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN ldconfig -p | grep -q libicuuc \
    && test -e /usr/share/zoneinfo/Europe/Madrid \
    && mkdir /data \
    && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./
# The app folder stays root's and read-only to the app; everything it writes goes to /data
# (the SQLite database and scheduled backups) or to PostgreSQL.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ALIADO_DATA_DIR=/data \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    Logging__Console__FormatterName=json
VOLUME /data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "aliado.dll"]
