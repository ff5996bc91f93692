using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.Subscriptions;
using ScoGraphQL.Storage;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary>Writes through the server's store reach subscribers as releaseAdded / releaseUpdated / releaseDeleted.</summary>
public sealed class ReleaseSubscriptionTests(SubscriptionApi api) : IClassFixture<SubscriptionApi>
{
    [Fact]
    public async Task Storing_a_new_release_streams_releaseAdded_with_the_stored_release()
    {
        await using var client = await SubscribedAsync(ReleaseChangeKind.Added, "subscription { releaseAdded { id slug title entities { name } } }");

        await api.SaveSeedAsync(0, slug: "added-once");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", (string?)next["type"]);
        var release = next["payload"]!["data"]!["releaseAdded"]!;
        Assert.Equal("added-once", (string?)release["slug"]);
        Assert.Equal("The SCO Secretary-General delivers remarks at the opening of the Council of National Coordinators meeting", (string?)release["title"]);
        Assert.Equal(GlobalId.Encode("Release", "added-once"), (string?)release["id"]);
        Assert.NotNull(release["entities"]); // nested fields resolve through the event's own loaders
        Assert.Null(next["payload"]!["errors"]);
    }

    [Fact]
    public async Task Storing_a_stored_release_again_streams_releaseUpdated_and_not_releaseAdded()
    {
        await api.SaveSeedAsync(1, slug: "updated-twice");
        await using var added = await SubscribedAsync(ReleaseChangeKind.Added, "subscription { releaseAdded { slug } }");
        await using var updated = await SubscribedAsync(ReleaseChangeKind.Updated, "subscription { releaseUpdated { slug title } }");

        await api.SaveSeedAsync(2, slug: "updated-twice");

        var next = await updated.ReceiveAsync();
        Assert.Equal("updated-twice", (string?)next["payload"]!["data"]!["releaseUpdated"]!["slug"]);
        Assert.True(await added.IsQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Deleting_a_release_streams_releaseDeleted_with_its_global_id()
    {
        await api.SaveSeedAsync(3, slug: "deleted-soon");
        await using var client = await SubscribedAsync(ReleaseChangeKind.Deleted, "subscription { releaseDeleted }");

        Assert.True(await api.Services.GetRequiredService<ICorpusStore>().DeleteReleaseAsync("deleted-soon"));

        var next = await client.ReceiveAsync();
        Assert.Equal(GlobalId.Encode("Release", "deleted-soon"), (string?)next["payload"]!["data"]!["releaseDeleted"]);
    }

    [Fact]
    public async Task Deleting_an_absent_release_publishes_nothing()
    {
        await using var client = await SubscribedAsync(ReleaseChangeKind.Deleted, "subscription { releaseDeleted }");

        Assert.False(await api.Services.GetRequiredService<ICorpusStore>().DeleteReleaseAsync("never-stored"));

        Assert.True(await client.IsQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Every_event_is_streamed_in_commit_order_until_the_client_completes_the_operation()
    {
        await using var client = await SubscribedAsync(ReleaseChangeKind.Added, "subscription { releaseAdded { slug } }", id: "feed");

        await api.SaveSeedAsync(0, slug: "order-1");
        await api.SaveSeedAsync(1, slug: "order-2");
        Assert.Equal("order-1", (string?)(await client.ReceiveAsync())["payload"]!["data"]!["releaseAdded"]!["slug"]);
        Assert.Equal("order-2", (string?)(await client.ReceiveAsync())["payload"]!["data"]!["releaseAdded"]!["slug"]);

        await client.SendAsync(new JsonObject { ["id"] = "feed", ["type"] = "complete" });
        await GraphQLWsProtocolTests.WaitUntilAsync(() => api.Events.SubscriberCount(ReleaseChangeKind.Added) == 0);
        await api.SaveSeedAsync(2, slug: "order-3");

        Assert.True(await client.IsQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    private async Task<WsClient> SubscribedAsync(ReleaseChangeKind kind, string query, string id = "s1")
    {
        var before = api.Events.SubscriberCount(kind);
        var client = await WsClient.ConnectAsync(api);
        await client.InitAsync();
        await client.SubscribeAsync(id, query);
        await api.WaitForSubscribersAsync(kind, before + 1);
        return client;
    }
}
