# The PaperGraph web app. Built by docker-compose.yml; on its own:
#   docker build -t papergraph-web . && docker run -p 8080:8080 papergraph-web   (SQLite in the container)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The web project restores its front-end libraries with npm during the build (src/PaperGraph.Web/build/Npm.targets).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/PaperGraph.Web/PaperGraph.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The sample corpus, imported on first start (PaperGraph__SeedCorpusPath).
COPY import/seed-abstracts.txt /app/import/seed-abstracts.txt
# No PaperGraph.sln above /app, so relative paths resolve against /app; the SQLite default needs a writable data/.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "PaperGraph.Web.dll"]
