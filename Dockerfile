# Party Committee API: container image (tests are not part of it).
#
#   docker build -t party-committee-api .
#   docker run -p 8080:8080 -v party-committee-data:/app/data \
#     -e Authentication__Schemes__Bearer__Authority=https://login.example.org/realms/party-committee \
#     -e Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
#     party-committee-api
#
# By default the API runs on the embedded SQLite database: /app/data/partycommittee.db, migrated at start-up.
# Mount a volume on /app/data to keep it. For SQL Server, see docker-compose.yml (ADR 0004).

# ---- build -------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the files that decide the package graph only, so this layer is reused until they change.
COPY global.json Directory.Build.props Directory.Packages.props Api.sln .editorconfig ./
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Application/Application.csproj src/Application/
COPY src/Infrastructure/Infrastructure.csproj src/Infrastructure/
COPY src/Api/Api.csproj src/Api/
RUN dotnet restore src/Api/Api.csproj

COPY src/ src/
RUN dotnet publish src/Api/Api.csproj -c Release -o /app --no-restore /p:UseAppHost=false

# ---- runtime -----------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# curl, for the HEALTHCHECK only: the base image has no HTTP client.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The only directory the app may write to: the SQLite file (and its -wal/-shm companions) lives here.
RUN mkdir -p /app/data && chown "$APP_UID:$APP_UID" /app/data

# The application files stay owned by root: the app user can read them but not change them.
COPY --from=build /app .

ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Default="Data Source=/app/data/partycommittee.db"
EXPOSE 8080

# The image's built-in non-root `app` user.
USER $APP_UID

# Readiness includes the database check (tag "ready"); /health/* is anonymous and never rate limited.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/health/ready || exit 1

ENTRYPOINT ["dotnet", "PartyCommittee.Api.dll"]
