# The API with its embedded LiteDB on a volume. Node is in the build stage only, to install Banana Cake Pop.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# For the build machine's runtime, so the server is precompiled (ReadyToRun): it starts in about a second.
RUN dotnet publish src/ScoGraphQL.Api -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds ./seeds
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__Path=/data/sco.db \
    Seed__Path=/app/seeds
# A 32 MB gen0 budget for the server GC: fewer collections of the requests in flight, so the nested list (c) costs less
# CPU per request (bench/README.md, round 10). 64 MB did as well for (c) but swung RSS by ~140 MB and failed the fault
# run's memory-flatness check; 32 MB passed it. The runtime reads it from the environment only; bench/common gives the
# benchmarks' servers the same (ApiVerb.DeployedEnvironment, which a test keeps equal to this line).
ENV DOTNET_GCgen0size=0x2000000
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "ScoGraphQL.Api.dll"]
