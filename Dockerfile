# syntax=docker/dockerfile:1
# Multi-stage build: SDK to build and publish (plus an EF migrations bundle), ASP.NET runtime as a non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props GovernanceDialogue.sln .editorconfig ./
COPY .config/dotnet-tools.json .config/
COPY src/GovernanceDialogue.Core/GovernanceDialogue.Core.csproj src/GovernanceDialogue.Core/
COPY src/GovernanceDialogue.Web/GovernanceDialogue.Web.csproj src/GovernanceDialogue.Web/
COPY db/GovernanceDialogue.Migrations/GovernanceDialogue.Migrations.csproj db/GovernanceDialogue.Migrations/
RUN dotnet restore src/GovernanceDialogue.Web/GovernanceDialogue.Web.csproj && dotnet tool restore
COPY src/ src/
COPY db/ db/
RUN dotnet publish src/GovernanceDialogue.Web/GovernanceDialogue.Web.csproj -c Release -o /app --no-restore \
 && dotnet ef migrations bundle --project db/GovernanceDialogue.Migrations --startup-project db/GovernanceDialogue.Migrations \
      --configuration Release --self-contained -r linux-x64 -o /app/efbundle --force

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for the container health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1
EXPOSE 8080
# The base image's non-root user (uid 1654).
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "GovernanceDialogue.Web.dll"]
