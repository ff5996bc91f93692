using System.Net;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace ScoGraphQL.Api.Ide;

/// <summary>
/// Answers the two IDE requests that are not plain files: the page itself at
/// <c>{path}</c> / <c>{path}/</c> (only when a browser asks for HTML) and
/// <c>{path}/bcp-config.json</c>. Everything else at <c>{path}</c> falls
/// through untouched, so GraphQL GETs, POSTs and WebSocket upgrades reach the
/// GraphQL endpoint that shares the path.
/// </summary>
internal sealed class BananaCakePopMiddleware
{
    private const string ConfigFileName = "bcp-config.json";
    private const string IndexFileName = "index.html";

    private readonly RequestDelegate _next;
    private readonly PathString _path;
    private readonly BananaCakePopOptions _options;
    private readonly BananaCakePopConfig _config;
    private string? _indexHtml;

    public BananaCakePopMiddleware(RequestDelegate next, PathString path, BananaCakePopOptions options)
    {
        _next = next;
        _path = path;
        _options = options;
        _config = BananaCakePopConfig.From(options);
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(_path, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return _next(context);
        }

        if (rest.Equals("/" + ConfigFileName, StringComparison.OrdinalIgnoreCase))
        {
            return WriteConfigAsync(context);
        }

        if ((!rest.HasValue || rest.Value == "/") && IsBrowserPageRequest(request))
        {
            return WriteIndexAsync(context);
        }

        return _next(context);
    }

    /// <summary>
    /// A browser navigating to the URL: it lists text/html in Accept. A GET that
    /// carries a GraphQL <c>query</c> parameter is left to the endpoint even from a
    /// browser, so a shared link to a query shows its result, not the IDE.
    /// </summary>
    private static bool IsBrowserPageRequest(HttpRequest request)
    {
        if (request.Headers.ContainsKey(HeaderNames.Upgrade) || request.Query.ContainsKey("query"))
        {
            return false;
        }

        return MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
            && accepted.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
                                 && m.Quality is not 0);
    }

    private async Task WriteConfigAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return;
        }

        await context.Response.WriteAsJsonAsync(_config, BananaCakePopJsonContext.Default.BananaCakePopConfig, contentType: null, context.RequestAborted);
    }

    private async Task WriteIndexAsync(HttpContext context)
    {
        var response = context.Response;
        // The same URL answers HTML for browsers and JSON for GraphQL clients.
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = "no-cache";
        response.ContentType = "text/html; charset=utf-8";

        var index = await LoadIndexAsync(context.RequestAborted);
        string html;
        if (index is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            html = MissingIdePage();
        }
        else
        {
            html = WithBaseHref(index, context.Request.PathBase.Add(_path).ToUriComponent() + "/");
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
        }
    }

    private async Task<string?> LoadIndexAsync(CancellationToken cancellationToken)
    {
        if (_indexHtml is not null)
        {
            return _indexHtml;
        }

        var file = Path.Combine(_options.FilesDirectory, IndexFileName);
        if (!File.Exists(file))
        {
            return null;
        }

        _indexHtml = await File.ReadAllTextAsync(file, cancellationToken);
        return _indexHtml;
    }

    /// <summary>
    /// The package's index.html uses relative asset URLs (static/js/…). Served at
    /// <c>/graphql</c> without a trailing slash they would resolve against the site
    /// root, so a base element pins them under the IDE's path instead of redirecting.
    /// </summary>
    internal static string WithBaseHref(string indexHtml, string baseHref)
    {
        var baseTag = $"<base href=\"{WebUtility.HtmlEncode(baseHref)}\"/>";
        var head = indexHtml.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        return head < 0
            ? baseTag + indexHtml
            : indexHtml.Insert(head + "<head>".Length, baseTag);
    }

    private string MissingIdePage()
    {
        var folder = WebUtility.HtmlEncode(_options.FilesDirectory);
        return $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"/><title>GraphQL IDE not installed</title>
            <style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;line-height:1.5}code,pre{background:#f3f3f3;padding:.1rem .3rem}</style>
            </head>
            <body>
            <h1>The GraphQL IDE (Banana Cake Pop) is not installed</h1>
            <p>This GraphQL API works: send queries with POST (or GET) to this URL.
            The in-browser IDE was not found in <code>{{folder}}</code>, because npm was not
            available (or <code>npm ci</code> failed) when the API was built.</p>
            <p>To get the IDE, install Node.js with npm, then either build again:</p>
            <pre>dotnet build src/ScoGraphQL.Api</pre>
            <p>or install it by hand and build:</p>
            <pre>cd src/ScoGraphQL.Api
            npm ci --no-audit --no-fund
            cd ../.. &amp;&amp; dotnet build src/ScoGraphQL.Api</pre>
            <p>The build copies the IDE into <code>bcp/</code> beside the API's assemblies; then start the API again.</p>
            </body>
            </html>
            """;
    }
}
