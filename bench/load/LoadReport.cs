namespace ScoGraphQL.Bench.Load;

/// <summary>One query under load at one corpus size, against GraphQL and against the plain endpoint sending its bytes.</summary>
/// <param name="GraphQLCpuPerRequest">The API process's CPU time during the run over its answers: unlike req/s, hardly moved by other work on the machine.</param>
public sealed record QueryMeasurement(
    BenchmarkQuery Query, CapturedAnswer Answer, bool PlainBytesIdentical, LoadResult GraphQL, LoadResult Plain, TimeSpan GraphQLCpuPerRequest)
{
    /// <summary>GraphQL's throughput as a share of the plain endpoint's: 1 would be "as cheap as sending the bytes".</summary>
    public double Ratio => Plain.RequestsPerSecond > 0 ? GraphQL.RequestsPerSecond / Plain.RequestsPerSecond : 0;
}

/// <summary>Everything measured over one corpus size, from one server process.</summary>
public sealed record SizeMeasurement(
    int Releases,
    TimeSpan StartupTime,
    long ResidentBytes,
    long PeakResidentBytes,
    long DatabaseBytes,
    IReadOnlyList<QueryMeasurement> Queries)
{
    public QueryMeasurement this[string key] => Queries.Single(q => q.Query.Key == key);
}

public sealed record LoadReport(string LoadGenerator, IReadOnlyList<SizeMeasurement> Sizes, string Markdown);
