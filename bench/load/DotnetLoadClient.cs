using System.Diagnostics;
using System.Net.Http.Headers;
using HdrHistogram;

namespace ScoGraphQL.Bench.Load;

/// <summary>
/// The fallback when wrk is not installed: one task per connection, each POSTing again as soon as its answer is
/// read, latencies recorded in microseconds into an HdrHistogram. It shares the bench's process with the plain
/// endpoint, so its absolute figures are lower than wrk's; the ratio still compares like with like.
/// </summary>
public sealed class DotnetLoadClient : ILoadGenerator
{
    private const long MaxMicroseconds = 60_000_000;

    public string Describe(LoadOptions options) => $".NET client, {options.Connections} connections, {options.Duration.TotalSeconds:0} s";

    public async Task<LoadResult> RunAsync(Uri url, string jsonBody, LoadOptions options, CancellationToken cancellationToken = default)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, UseProxy = false, UseCookies = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        var body = System.Text.Encoding.UTF8.GetBytes(jsonBody);
        var histogram = new LongConcurrentHistogram(1, MaxMicroseconds, 3);
        long failures = 0;
        var clock = Stopwatch.StartNew();

        async Task Connection()
        {
            while (clock.Elapsed < options.Duration && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync(url, content, cancellationToken);
                    await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                histogram.RecordValue(Math.Clamp(micros, 1, MaxMicroseconds));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(_ => Task.Run(Connection, cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        var count = histogram.TotalCount;
        return new LoadResult(count, count / seconds,
            histogram.GetValueAtPercentile(50) / 1000.0, histogram.GetValueAtPercentile(99) / 1000.0, failures);
    }
}
