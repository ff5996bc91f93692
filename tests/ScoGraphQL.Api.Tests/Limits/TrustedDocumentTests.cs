using System.Net;
using System.Net.Http.Json;
using ScoGraphQL.Api.TrustedDocuments;
using ScoGraphQL.Api.Tests.Infrastructure;

namespace ScoGraphQL.Api.Tests.Limits;

public sealed class TrustedDocumentTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static readonly string LatestReleasesId =
        TrustedDocumentStore.IdOf(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "ScoGraphQL.Api", "TrustedDocuments", "Documents", "LatestReleases.graphql")));

    [Fact]
    public async Task A_registered_document_runs_by_its_id()
    {
        var (response, _) = await api.PostJsonAsync("{\"documentId\": \"" + LatestReleasesId + "\", \"variables\": {\"first\": 2}}");

        Assert.Equal(200, response.Status);
        Assert.Equal(2, response.Data!["releases"]!["nodes"]!.AsArray().Count);
        Assert.NotNull(response.Body!["extensions"]!["cost"]);
    }

    [Fact]
    public async Task A_registered_document_runs_over_get()
    {
        var (response, _) = await api.GetAsync($"/graphql?documentId={Uri.EscapeDataString(LatestReleasesId)}&variables={Uri.EscapeDataString("{\"first\": 1}")}");

        Assert.Equal(200, response.Status);
        Assert.Single(response.Data!["releases"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_id_is_persisted_document_not_found()
    {
        var (response, _) = await api.PostJsonAsync("{\"documentId\": \"" + TrustedDocumentStore.IdOf("{ stats { releaseCount } }") + "\"}");

        Assert.Equal(400, response.Status);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", response.Code());
    }

    [Fact]
    public async Task Free_form_queries_still_run_by_default()
    {
        var (response, _) = await api.PostJsonAsync(RawRequests.Body("{ stats { releaseCount } }"));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task In_trusted_only_mode_free_form_queries_are_refused_and_ids_run()
    {
        using var strict = new ConfiguredApi(new Dictionary<string, string?> { ["GraphQL:TrustedDocumentsOnly"] = "true" });

        var (refused, _) = await strict.PostJsonAsync(RawRequests.Body("{ stats { releaseCount } }"));
        var (trusted, _) = await strict.PostJsonAsync("{\"documentId\": \"" + LatestReleasesId + "\"}");

        Assert.Equal(400, refused.Status);
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", refused.Code());
        Assert.Equal(200, trusted.Status);
        Assert.NotNull(trusted.Data!["releases"]);
    }

    [Fact]
    public async Task Documents_registered_at_run_time_with_the_api_key_run_in_trusted_only_mode()
    {
        using var strict = new ConfiguredApi(new Dictionary<string, string?>
        {
            ["GraphQL:TrustedDocumentsOnly"] = "true",
            ["Auth:ApiKey"] = "test-key",
        });
        using var client = strict.CreateClient();
        var document = new { query = "query Count { stats { releaseCount } }" };

        using var anonymous = await client.PostAsJsonAsync("/graphql/documents", document);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/documents") { Content = JsonContent.Create(document) };
        request.Headers.Add("X-Api-Key", "test-key");
        using var registered = await client.SendAsync(request);
        var id = (string?)(await GraphQLResponse.ReadAsync(registered)).Body!["documentId"];
        var (run, _) = await strict.PostJsonAsync("{\"documentId\": \"" + id + "\"}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(TrustedDocumentStore.IdOf(document.query), id);
        Assert.Equal(5, (int)run.Data!["stats"]!["releaseCount"]!);
    }
}
