using System.Globalization;
using Aliado.Data;
using Aliado.Data.Keeping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Aliado.Platform;

/// <summary>
/// Optimistic concurrency for one record route: GET and writes answer with the record's version as an
/// ETag; a write sent with If-Match names the version it was based on and gets 412 if the record has
/// moved on since — checked before the handler and again by the database when it saves. A write
/// without If-Match still works.
/// </summary>
public sealed class Versioned<TRecord>(IStringLocalizer<SharedResource> localizer) : IEndpointFilter where TRecord : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetRouteValue("id") is not string raw || !Guid.TryParse(raw, out var id))
        {
            return await next(context);
        }
        var db = http.RequestServices.GetRequiredService<AliadoDbContext>();
        var writing = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        if (writing && http.Request.Headers.IfMatch.Count > 0)
        {
            var current = await RecordVersions.FindAsync(db, typeof(TRecord), id, http.RequestAborted);
            if (current is null)
            {
                return await next(context);
            }
            if (Expected(http.Request) is not { } expected)
            {
                return await next(context);
            }
            if (expected != current)
            {
                return Stale(current.Value);
            }
            http.RequestServices.GetRequiredService<WorkspaceScope>().Expect(id, expected);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch (StaleVersionException stale)
        {
            return Stale(stale.Current);
        }
        catch (DbUpdateConcurrencyException) when (http.RequestServices.GetRequiredService<WorkspaceScope>().Expected is not null)
        {
            return Stale(await RecordVersions.FindAsync(db, typeof(TRecord), id, http.RequestAborted) ?? 0);
        }

        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (!HttpMethods.IsDelete(http.Request.Method) && answer is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 }
            && await RecordVersions.FindAsync(db, typeof(TRecord), id, http.RequestAborted) is { } version)
        {
            http.Response.Headers.ETag = VersionedRoutes.Tag(version);
        }
        return result;
    }

    /// <summary>The version named by If-Match; null for "*" (any version will do).</summary>
    private static long? Expected(HttpRequest request)
    {
        if (!EntityTagHeaderValue.TryParseList([.. request.Headers.IfMatch.OfType<string>()], out var tags))
        {
            return -1;
        }
        var tag = tags.FirstOrDefault(t => !t.Equals(EntityTagHeaderValue.Any));
        if (tag is null)
        {
            return null;
        }
        // An unreadable tag can never match: that is a stale write, not a wildcard.
        return long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
    }

    private ProblemHttpResult Stale(long current)
    {
        return TypedResults.Problem(
            title: localizer["problem.stale"],
            detail: localizer["problem.stale.detail"],
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = VersionedRoutes.Tag(current) });
    }
}

public static class VersionedRoutes
{
    public static string Tag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Puts <see cref="Versioned{TRecord}"/> on a route whose {id} is a <typeparamref name="TRecord"/>.</summary>
    public static RouteHandlerBuilder Versioned<TRecord>(this RouteHandlerBuilder route) where TRecord : class =>
        route.AddEndpointFilter<Versioned<TRecord>>().WithMetadata(new ChecksVersion());

    /// <summary>Marks a route whose writes answer 412 to a stale If-Match (see <see cref="ApiConventions"/>).</summary>
    public sealed class ChecksVersion;
}
