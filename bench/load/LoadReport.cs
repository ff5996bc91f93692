namespace ScoGraphQL.Bench.Load;

/// <summary>One query under load at one corpus size, against GraphQL and against the plain endpoint sending its bytes.</summary>
/// <param name="GraphQLCpuPerRequest">The API process's CPU time during the run over its answers: unlike req/s, hardly moved by other work on the machine.</param>
/// <param name="GraphQLWarmUp">The load the API had before its figures were taken (<see cref="Load.WarmUp"/>).</param>
public sealed record QueryMeasurement(
    BenchmarkQuery Query, CapturedAnswer Answer, bool PlainBytesIdentical, LoadResult GraphQL, LoadResult Plain, TimeSpan GraphQLCpuPerRequest,
    WarmUpResult GraphQLWarmUp)
{
    /// <summary>GraphQL's throughput as a share of the plain endpoint's: 1 would be "as cheap as sending the bytes".</summary>
    public double Ratio => Plain.RequestsPerSecond > 0 ? GraphQL.RequestsPerSecond / Plain.RequestsPerSecond : 0;
}

/// <summary>Everything measured over one corpus size, from one server process or several replicas over one database.</summary>
/// <param name="StartupTime">The first replica's, from process start to its first answer.</param>
/// <param name="ResidentBytes">The largest replica's.</param>
/// <param name="SeedingTime">How long the seed verb took to store this corpus (when it was seeded, if cached); null when not recorded.</param>
public sealed record SizeMeasurement(
    int Releases,
    TimeSpan StartupTime,
    long ResidentBytes,
    long PeakResidentBytes,
    long DatabaseBytes,
    TimeSpan? SeedingTime,
    IReadOnlyList<QueryMeasurement> Queries)
{
    public QueryMeasurement this[string key] => Queries.Single(q => q.Query.Key == key);
}

/// <summary>What the API ran over, named in every heading so tables of several runs can sit side by side.</summary>
public sealed record StorageSetup(string Provider, int Replicas)
{
    public override string ToString() => Replicas == 1 ? $"{Provider}, 1 process" : $"{Provider}, {Replicas} replicas";
}

public sealed record LoadReport(string LoadGenerator, StorageSetup Setup, IReadOnlyList<SizeMeasurement> Sizes, string Markdown);
