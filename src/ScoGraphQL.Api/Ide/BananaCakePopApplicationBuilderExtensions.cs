using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace ScoGraphQL.Api.Ide;

/// <summary>Hosts Banana Cake Pop (the npm package, no CDN) on the GraphQL endpoint's own path.</summary>
public static class BananaCakePopApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the IDE at <paramref name="path"/> to browsers, its assets under
    /// <c>{path}/…</c> and its settings at <c>{path}/bcp-config.json</c>.
    /// Call it before the GraphQL endpoint is mapped: requests that are not for
    /// the IDE (POSTs, GraphQL GETs, WebSockets) pass straight through.
    /// </summary>
    public static IApplicationBuilder UseBananaCakePop(
        this IApplicationBuilder app,
        string path = "/graphql",
        Action<BananaCakePopOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = new BananaCakePopOptions();
        configure?.Invoke(options);
        var requestPath = new PathString(path.TrimEnd('/'));

        app.UseMiddleware<BananaCakePopMiddleware>(requestPath, options);

        // Without the files the middleware above answers with instructions instead;
        // the provider cannot be built over a folder that does not exist.
        if (Directory.Exists(options.FilesDirectory))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = requestPath,
                FileProvider = new PhysicalFileProvider(options.FilesDirectory),
                ContentTypeProvider = ContentTypes(),
                OnPrepareResponse = file =>
                {
                    // Files under static/ carry a content hash in their names, so a
                    // browser may keep them; the rest (service worker, manifest) may change.
                    if (file.Context.Request.Path.StartsWithSegments(requestPath.Add("/static"), StringComparison.OrdinalIgnoreCase))
                    {
                        file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    }
                },
            });
        }

        return app;
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        // The IDE's PWA manifest; not every framework version maps it.
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
