using System.ComponentModel.DataAnnotations;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary><c>Subscriptions:*</c> settings of the WebSocket transport and the release feed.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>
    /// Whether <c>connection_init</c> must carry <c>{"X-Api-Key": "…"}</c> matching <c>Auth:ApiKey</c>.
    /// Unset: required outside Development when a key is configured, so a local server stays easy to try.
    /// </summary>
    public bool? RequireApiKey { get; set; }

    /// <summary>How long a socket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Messages waiting to be written to one socket; a client that lets more pile up is not reading and is disconnected.</summary>
    [Range(1, 100_000)]
    public int SendQueueCapacity { get; set; } = 256;

    /// <summary>Operations one socket may run at once; a subscribe beyond it gets an <c>error</c> (one client, one socket, many subscriptions is fine; thousands is abuse).</summary>
    [Range(1, 10_000)]
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Changes buffered per subscriber of the release feed; beyond it the oldest are dropped.</summary>
    [Range(1, 100_000)]
    public int EventBufferSize { get; set; } = 256;

    /// <summary>Largest incoming message, in bytes (a <c>subscribe</c> carries a whole document); larger ones close the socket with 1009.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
}
