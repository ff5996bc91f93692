using ScoGraphQL.Api.Hosting;
using ScoGraphQL.Api.Http;
using ScoGraphQL.Api.Ide;
using ScoGraphQL.Api.Subscriptions;
using ScoGraphQL.Api.Operations;
using ScoGraphQL.Api.TrustedDocuments;

var builder = WebApplication.CreateBuilder(Cli.HostArguments(args));
if (Cli.IsCommand(args)) builder.Configuration["Seed:OnStartup"] = "false";

builder.Services.AddScoStorage(builder.Configuration);
builder.Services.AddScoGraphQL(builder.Configuration);
builder.Services.AddScoOperations(builder.Configuration);
builder.Services.AddScoAuth();

var app = builder.Build();

if (Cli.IsCommand(args))
{
    // Disposing the services closes the store and the search index cleanly: the index commits its last writes.
    await using (app) return await Cli.RunAsync(app, args);
}

app.UseCors();
app.UseBananaCakePop("/graphql");
app.UseScoGraphQLWebSockets("/graphql");
app.MapScoGraphQL("/graphql");
app.MapTrustedDocuments("/graphql/documents");
app.MapScoHealth();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so in-process tests can host it with WebApplicationFactory.</summary>
public partial class Program;
