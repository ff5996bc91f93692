using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScoGraphQL.Api.Subscriptions;

namespace ScoGraphQL.Api.Tests.Subscriptions;

/// <summary><c>Events:Provider</c> and <c>ConnectionStrings:Redis</c> as an operator sets them: what starts, what refuses to, and why.</summary>
public sealed class EventsConfigurationTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string Key = "events-config-key";

    [Theory]
    [InlineData("Kafka", "Events:Provider is 'Kafka'; it must be InProcess or Redis")]
    [InlineData("1", "Events:Provider is '1'")]
    public async Task An_unknown_provider_stops_the_server_at_start_up_naming_the_setting(string provider, string message)
    {
        await using var api = new SubscriptionApi { Settings = { ["Events:Provider"] = provider } };

        var error = Assert.Throws<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Redis_without_a_connection_string_stops_the_server_at_start_up_naming_the_setting()
    {
        await using var api = new SubscriptionApi { Settings = { ["Events:Provider"] = "Redis" } };

        var error = Assert.Throws<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("ConnectionStrings:Redis is empty", error.Message);
    }

    [Fact]
    public async Task An_unparsable_Redis_connection_string_stops_the_server_at_start_up_naming_the_setting()
    {
        await using var api = new SubscriptionApi { Settings = { ["Events:Provider"] = "Redis", ["ConnectionStrings:Redis"] = "127.0.0.1:6379,notAnOption=1" } };

        var error = Assert.Throws<OptionsValidationException>(() => api.CreateClient());

        Assert.Contains("ConnectionStrings:Redis is not a usable StackExchange.Redis configuration", error.Message);
    }

    [Fact]
    public async Task By_default_the_feed_is_in_process_and_readiness_has_no_events_check()
    {
        await using var api = new SubscriptionApi();

        Assert.IsType<ReleaseEvents>(api.Services.GetRequiredService<IReleaseEvents>());
        var ready = await ReadinessAsync(api);
        Assert.Null(ready["checks"]!["events"]);
    }

    [RedisFact]
    public async Task With_provider_redis_in_any_case_a_mutation_reaches_subscribers_through_Redis()
    {
        var channel = RedisServer.NewChannel();
        await using var api = new SubscriptionApi
        {
            Settings =
            {
                ["Events:Provider"] = "redis",
                ["Events:Channel"] = channel,
                ["ConnectionStrings:Redis"] = redis.Endpoint,
                ["Auth:ApiKey"] = Key,
            },
        };
        var events = Assert.IsType<RedisReleaseEvents>(api.Services.GetRequiredService<IReleaseEvents>());
        await events.Subscribed.WaitAsync(TimeSpan.FromSeconds(10));
        var added = Channel.CreateUnbounded<ReleaseChange>();
        using var _ = events.Of(ReleaseChangeKind.Added).Subscribe(new ChannelObserver(added.Writer));
        // A second process on the channel, publishing nothing: it sees what the server publishes, so it went through Redis.
        await using var listener = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var onTheWire = await listener.GetSubscriber().SubscribeAsync(StackExchange.Redis.RedisChannel.Literal(channel));

        using var http = api.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($input: ImportReleaseInput!) { importRelease(input: $input) { release { slug } } }",
            variables = new { input = new { text = "Through Redis\n\nOn 17 May 2021 the SCO Secretariat held an online dialogue in Tashkent." } },
        });
        var slug = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["importRelease"]!["release"]!["slug"];

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal(new ReleaseChange(ReleaseChangeKind.Added, slug!), await added.Reader.ReadAsync(timeout.Token));
        var wire = await onTheWire.ReadAsync(timeout.Token);
        Assert.Equal($$"""{"kind":"added","id":"{{slug}}"}""", wire.Message.ToString());
        Assert.True((bool)(await ReadinessAsync(api))["checks"]!["events"]!["ready"]!);
    }

    private static async Task<JsonNode> ReadinessAsync(SubscriptionApi api)
    {
        using var http = api.CreateClient();
        // The body names every check whatever the status: search may still be checking its index (503) just after start.
        using var response = await http.GetAsync("/readyz");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private sealed class ChannelObserver(ChannelWriter<ReleaseChange> writer) : IObserver<ReleaseChange>
    {
        public void OnNext(ReleaseChange value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }
}
