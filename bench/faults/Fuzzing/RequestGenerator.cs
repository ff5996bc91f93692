using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ScoGraphQL.Bench.Faults.Fuzzing;

/// <summary>
/// Request number <c>index</c> of a run is a pure function of (seed, index), so any request can be regenerated
/// from the seed and its index. A mix of valid operations, broken documents, broken variables, malformed or
/// oddly typed JSON envelopes, batches, GET query strings, and wrong methods, media types and headers.
/// </summary>
public static class RequestGenerator
{
    private static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8", "application/json; charset=latin1",
         "application/json; charset=utf-16", "application/graphql-response+json", "application/graphql", "text/plain", "application/x-www-form-urlencoded",
         "multipart/form-data; boundary=xyz", "application/json; charset", "a/b/c;;=", "application/json; boundary=\"", "*/*", ""];

    private static readonly string?[] Accepts =
        [null, "application/json", "application/graphql-response+json", "application/graphql-response+json, application/json;q=0.9", "*/*",
         "text/html", "application/xml", "application/json;q=0", ";;;", "application/*", "application/graphql-response+json; charset=latin1",
         string.Concat(Enumerable.Repeat("application/json;q=0.1, ", 200))];

    private static readonly string[] OtherMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND"];

    public static FuzzRequest Create(int seed, long index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var sample = GraphQLSamples.All[random.Next(GraphQLSamples.All.Count)];
        // Mostly the two media types clients send; an odd Accept header one time in six.
        var accept = random.Next(6) == 0 ? Accepts[random.Next(Accepts.Length)] : random.Next(2) == 0 ? null : "application/graphql-response+json";
        var withKey = random.Next(50) == 0;
        var roll = random.Next(100);
        if (roll < 4)
            return new FuzzRequest(index, OtherMethods[random.Next(OtherMethods.Length)], "/graphql", "application/json", accept, withKey,
                Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"), "other method");
        if (roll < 28)
        {
            var (query, recipe) = Get(sample, random);
            return new FuzzRequest(index, "GET", "/graphql?" + query, null, accept, withKey, null, recipe);
        }
        var contentType = random.Next(5) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : "application/json";
        var (body, bodyRecipe) = Body(sample, random);
        return new FuzzRequest(index, "POST", "/graphql", random.Next(200) == 0 ? null : contentType, accept, withKey, body, bodyRecipe);
    }

    /// <summary>The sample's document, broken three times in four.</summary>
    private static string Document(GraphQLSamples.Sample sample, Random random, out string recipe)
    {
        var broken = random.Next(4) != 0;
        recipe = broken ? "broken document" : "valid document";
        return broken ? DocumentMutator.Mutate(sample.Query, random) : sample.Query;
    }

    private static (byte[] Body, string Recipe) Body(GraphQLSamples.Sample sample, Random random)
    {
        var query = Document(sample, random, out var recipe);
        var variables = Variables(sample, random, ref recipe);
        var envelope = $"{{\"query\":{Quote(query)},\"variables\":{variables}{(sample.OperationName is { } name ? $",\"operationName\":{Quote(name)}" : "")}}}";
        switch (random.Next(16))
        {
            case 0: return (Encoding.UTF8.GetBytes(Truncate(envelope, random)), recipe + ", truncated JSON");
            case 1: return (Encoding.UTF8.GetBytes($"[{envelope},{envelope}]"), recipe + ", batch");
            case 2: return (Encoding.UTF8.GetBytes(WrongEnvelope(query, random)), "envelope of wrong types");
            case 3: return (InvalidUtf8(Encoding.UTF8.GetBytes(envelope), random), recipe + ", invalid UTF-8");
            case 4: return (Encoding.UTF8.GetBytes(MalformedJson(envelope, random)), recipe + ", malformed JSON");
            case 5: return (Encoding.UTF8.GetBytes($"{{\"documentId\":{Quote(PersistedId(random))},\"variables\":{variables}}}"), "persisted document id");
            default: return (Encoding.UTF8.GetBytes(envelope), recipe);
        }
    }

    private static (string Query, string Recipe) Get(GraphQLSamples.Sample sample, Random random)
    {
        var query = Document(sample, random, out var recipe);
        var variables = Variables(sample, random, ref recipe);
        var parts = new List<string> { "query=" + Uri.EscapeDataString(Scrub(query)) };
        if (random.Next(2) == 0) parts.Add("variables=" + Uri.EscapeDataString(Scrub(variables)));
        if (sample.OperationName is { } name) parts.Add("operationName=" + name);
        switch (random.Next(10))
        {
            case 0: parts.Add(parts[0]); recipe += ", repeated parameter"; break;
            case 1: parts.Add("extensions=" + Uri.EscapeDataString(random.Next(2) == 0 ? "[1]" : "{\"persistedQuery\":{\"sha256Hash\":\"x\"}}")); recipe += ", extensions"; break;
            case 2: parts.Add(random.Next(2) == 0 ? "%zz=%C3%28" : "query=%E0%A4%A"); recipe += ", bad percent-encoding"; break;
            case 3: parts[0] = "documentId=" + Uri.EscapeDataString(PersistedId(random)); recipe = "persisted document id"; break;
            case 4: parts.Add("variables=" + string.Concat(Enumerable.Repeat("%5B", random.Next(10, 5000)))); recipe += ", deep variables"; break;
        }
        return (string.Join("&", parts.OrderBy(_ => random.Next())), recipe);
    }

    /// <summary>The sample's variables, often broken: wrong types, unknown names, deep nesting, not an object at all.</summary>
    private static string Variables(GraphQLSamples.Sample sample, Random random, ref string recipe)
    {
        // Built as text: junk values may hold lone surrogates, which JSON writers refuse to emit.
        var pairs = (sample.Variables ?? []).Select(v => (Name: v.Key, Json: JsonSerializer.Serialize(v.Value))).ToList();
        if (random.Next(3) != 0) return JsonObjectText(pairs);
        recipe += ", broken variables";
        switch (random.Next(6))
        {
            case 0:
                return WrongValue(random);
            case 1:
                var depth = random.Next(2) == 0 ? random.Next(10, 40) : random.Next(40, 20000);
                return $"{{\"input\":{new string('[', depth)}1{new string(']', depth)}}}";
            case 2:
                pairs.Add(("unexpected" + random.Next(100), WrongValue(random)));
                return JsonObjectText(pairs);
            default:
                if (pairs.Count == 0) goto case 2;
                var victim = random.Next(pairs.Count);
                pairs[victim] = (pairs[victim].Name, sample.Variables![pairs[victim].Name] is Dictionary<string, object?> input && random.Next(2) == 0
                    ? JsonObjectText(input.Select(f => (f.Key, f.Key == "title" ? WrongValue(random) : JsonSerializer.Serialize(f.Value))).ToList())
                    : WrongValue(random));
                return JsonObjectText(pairs);
        }
    }

    private static string JsonObjectText(List<(string Name, string Json)> members) =>
        "{" + string.Join(",", members.Select(m => $"{Quote(m.Name)}:{m.Json}")) + "}";

    private static string WrongValue(Random random) => random.Next(12) switch
    {
        0 => "\"a string\"",
        1 => "[1,2,3]",
        2 => "12345678901234567890123456789012345678901234567890",
        3 => "-1e309",
        4 => "true",
        5 => "null",
        6 => "{\"title\":{},\"body\":[],\"slug\":7}",
        7 => Quote(DocumentMutator.RandomJunk(random)),
        8 => Quote(new string('x', random.Next(20) == 0 ? random.Next(20_000, 200_000) : random.Next(1, 2_000))),
        9 => "{\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"not a date\",\"alternateTitles\":[{\"text\":null,\"language\":\"??\"}]}",
        10 => "{\"ids\":[" + string.Join(",", Enumerable.Range(0, random.Next(1, 500)).Select(i => $"\"{i}\"")) + "]}",
        _ => "0.000000000000000000000000000001",
    };

    private static string WrongEnvelope(string query, Random random) => random.Next(12) switch
    {
        0 => "{\"query\":42}",
        1 => $"{{\"query\":[{Quote(query)}]}}",
        2 => "{\"query\":{\"text\":\"{ __typename }\"}}",
        3 => "{\"query\":null}",
        4 => $"{{\"query\":{Quote(query)},\"variables\":\"{{}}\"}}",
        5 => $"{{\"query\":{Quote(query)},\"operationName\":{{}}}}",
        6 => $"{{\"query\":{Quote(query)},\"extensions\":[1,2]}}",
        7 => "{}",
        8 => random.Next(3) switch { 0 => "[]", 1 => "null", _ => "\"{ __typename }\"" },
        9 => $"{{\"query\":{Quote(query)},\"query\":\"{{ __typename }}\"}}",
        10 => $"{{\"query\":{Quote(query)},\"documentId\":{Quote(PersistedId(random))}}}",
        _ => "",
    };

    private static string MalformedJson(string envelope, Random random) => random.Next(8) switch
    {
        0 => envelope.Replace("\"", "'", StringComparison.Ordinal),
        1 => envelope[..^1] + ",}",
        2 => "\uFEFF" + envelope,
        3 => "/* comment */" + envelope,
        4 => envelope.Replace(":", ": NaN, \"x\":", StringComparison.Ordinal),
        5 => envelope.Insert(random.Next(envelope.Length), "\\u12"),
        6 => envelope + envelope,
        _ => envelope.Insert(random.Next(envelope.Length), DocumentMutator.RandomJunk(random)),
    };

    private static string Truncate(string text, Random random) => text[..random.Next(text.Length)];

    private static byte[] InvalidUtf8(byte[] bytes, Random random)
    {
        var broken = bytes.ToList();
        byte[][] sequences = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x00]];
        broken.InsertRange(random.Next(broken.Count), sequences[random.Next(sequences.Length)]);
        return [.. broken];
    }

    private static string PersistedId(Random random) => random.Next(4) switch
    {
        0 => "sha256:" + Convert.ToHexStringLower(RandomBytes(random, 32)),
        1 => "sha256:" + DocumentMutator.RandomJunk(random),
        2 => "md5:abc",
        _ => "",
    };

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A JSON string literal with every non-ASCII character escaped, lone surrogates included.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (c < 0x20 || c > 0x7E) quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Query strings travel as UTF-8: lone surrogates cannot, so they become U+FFFD as a browser would send them.</summary>
    private static string Scrub(string text) =>
        string.Concat(text.Select((c, i) => char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])) ? '\uFFFD' : c));
}
