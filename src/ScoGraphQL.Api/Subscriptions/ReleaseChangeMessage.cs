using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScoGraphQL.Api.Subscriptions;

/// <summary>
/// A <see cref="ReleaseChange"/> as it travels between replicas: compact JSON, e.g. <c>{"kind":"added","id":"slug"}</c>.
/// Reading is strict, because a message may come from anything that can publish on the channel.
/// </summary>
public static class ReleaseChangeMessage
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static byte[] Serialize(ReleaseChange change) => JsonSerializer.SerializeToUtf8Bytes(new Wire(change.Kind, change.ReleaseId), Json);

    /// <summary>The change in <paramref name="message"/>, or false with the reason it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<byte> message, [NotNullWhen(true)] out ReleaseChange? change, [NotNullWhen(false)] out string? problem)
    {
        change = null;
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(message, Json);
            problem = wire switch
            {
                null => "it is JSON null",
                { Kind: null } => "it has no kind",
                { Id: null or "" } => "it has no release id",
                _ => null,
            };
            if (problem is null) change = new ReleaseChange(wire!.Kind!.Value, wire.Id!);
        }
        catch (JsonException e)
        {
            problem = $"it is not a release change message ({e.Message})";
        }
        return change is not null;
    }

    private sealed record Wire(ReleaseChangeKind? Kind, string? Id);
}
