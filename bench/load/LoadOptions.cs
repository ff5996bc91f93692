using System.Globalization;
using ScoGraphQL.Bench.Common;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// What one run measures. The same load settings are used against GraphQL and the plain endpoint, so their ratio
/// compares the servers, not the load.
/// </summary>
public sealed record LoadOptions
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/load -- [--sizes 1000,10000,100000] [--duration 10] [--connections 16]\n" +
        "         [--threads 1] [--seed 7] [--client wrk|dotnet] [--cache DIR] [--configuration Release]\n" +
        "         [--set Key=Value]... [--out FILE]\n" +
        "         [--provider litedb|postgres] [--postgres CONNECTION_STRING] [--replicas N] [--redis HOST:PORT]";

    /// <summary>Corpus sizes in releases; the largest gives the headline table, all of them the scaling table.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [1_000];

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Open connections, each sending its next request when the previous answer arrived.</summary>
    public int Connections { get; init; } = 16;

    /// <summary>wrk's threads (-t); the .NET client ignores it.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>The synthetic corpus's seed: the same (size, seed) is the same corpus, so its database is reused.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>wrk when it is on the PATH, else the .NET client.</summary>
    public LoadClient Client { get; init; } = Wrk.IsInstalled() ? LoadClient.Wrk : LoadClient.Dotnet;

    /// <summary>Seeded databases by (size, seed), kept between runs.</summary>
    public string CacheDirectory { get; init; } = Path.Combine(RepositoryPaths.Root, "bench", ".data");

    /// <summary>Which build of the API to run (src/ScoGraphQL.Api/bin/{Configuration}); the figures mean something in Release only.</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>Extra configuration for the API, e.g. a log level, to measure what a setting costs.</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>The store the API runs over: one LiteDB file, or one PostgreSQL database per (size, seed).</summary>
    public StorageChoice Provider { get; init; } = StorageChoice.LiteDb;

    /// <summary>A PostgreSQL server allowed to create databases; null: a throwaway cluster is started for the run.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>API processes over the same database, each loaded by its own generator; more than one needs PostgreSQL.</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>The Redis the replicas share their release events through (host:port); null: a private redis-server when there are replicas.</summary>
    public string? RedisEndpoint { get; init; }

    /// <summary>Where the markdown report is also written; null: only printed.</summary>
    public string? OutputFile { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a value that is not usable; the message says which.</exception>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--sizes" => options with { Sizes = ParseSizes(Value()) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, Value())) },
                "--connections" => options with { Connections = Positive(name, Value()) },
                "--threads" => options with { Threads = Positive(name, Value()) },
                "--seed" => options with { Seed = Integer(name, Value()) },
                "--client" => options with { Client = ParseClient(Value()) },
                "--cache" => options with { CacheDirectory = Path.GetFullPath(Value()) },
                "--configuration" => options with { Configuration = Value() },
                "--set" => options with { ServerSettings = WithSetting(options.ServerSettings, Value()) },
                "--out" => options with { OutputFile = Path.GetFullPath(Value()) },
                "--provider" => options with { Provider = ParseProvider(Value()) },
                "--postgres" => options with { PostgresConnectionString = NotBlank(name, Value()) },
                "--replicas" => options with { Replicas = Positive(name, Value()) },
                "--redis" => options with { RedisEndpoint = NotBlank(name, Value()) },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        if (options.Client == LoadClient.Wrk && !Wrk.IsInstalled())
            throw new ArgumentException("--client wrk: wrk is not on the PATH (Debian: apt-get install wrk)");
        if (options.Threads > options.Connections)
            throw new ArgumentException("--threads must not exceed --connections (each wrk thread needs a connection)");
        if (options.Provider != StorageChoice.Postgres && options.PostgresConnectionString is not null)
            throw new ArgumentException("--postgres is the server for --provider postgres; add --provider postgres or leave it out");
        if (options.Replicas > 1 && options.Provider != StorageChoice.Postgres)
            throw new ArgumentException("--replicas above 1 needs --provider postgres: a LiteDB file belongs to one process");
        if (options.Connections < options.Replicas)
            throw new ArgumentException($"--replicas {options.Replicas} needs at least as many --connections (each replica gets its share)");
        if (options.RedisEndpoint is not null && options.Replicas == 1)
            throw new ArgumentException("--redis is for --replicas above 1: one process delivers its own events");
        return options;
    }

    private static List<int> ParseSizes(string value)
    {
        var sizes = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Positive("--sizes", s)).Distinct().Order().ToList();
        return sizes.Count > 0 ? sizes : throw new ArgumentException("--sizes needs at least one size, e.g. 1000,10000");
    }

    private static Dictionary<string, string> WithSetting(IReadOnlyDictionary<string, string> settings, string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) throw new ArgumentException($"--set takes Key=Value, e.g. Logging:LogLevel:Default=Warning; it was '{pair}'");
        return new Dictionary<string, string>(settings) { [pair[..equals]] = pair[(equals + 1)..] };
    }

    private static StorageChoice ParseProvider(string value) => value.ToLowerInvariant() switch
    {
        "litedb" => StorageChoice.LiteDb,
        "postgres" => StorageChoice.Postgres,
        _ => throw new ArgumentException($"--provider is litedb or postgres, not '{value}'"),
    };

    private static string NotBlank(string name, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} needs a value, not an empty one") : value;

    private static LoadClient ParseClient(string value) => value switch
    {
        "wrk" => LoadClient.Wrk,
        "dotnet" => LoadClient.Dotnet,
        _ => throw new ArgumentException($"--client is wrk or dotnet, not '{value}'"),
    };

    private static int Positive(string name, string value) =>
        Integer(name, value) is var n and > 0 ? n : throw new ArgumentException($"{name} must be positive; it was {value}");

    private static int Integer(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"{name} needs a whole number; it was '{value}'");
}

public enum StorageChoice
{
    /// <summary>The default store: one LiteDB file (with its Lucene folder) per process.</summary>
    LiteDb,

    /// <summary>One PostgreSQL database, which replicas can share.</summary>
    Postgres,
}

public enum LoadClient
{
    /// <summary>Debian's wrk with a Lua script that POSTs the body.</summary>
    Wrk,

    /// <summary>A closed-loop HttpClient load generator recording into an HdrHistogram.</summary>
    Dotnet,
}
