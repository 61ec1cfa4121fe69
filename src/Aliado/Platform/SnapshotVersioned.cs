using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Aliado.Platform;

/// <summary>
/// ETag and If-Match for settings-like resources that are not records with a stored version (a
/// workspace's thresholds, my reminder settings, a client type): the tag is a hash of what GET answers,
/// and a PUT whose If-Match names another state gets 412 before anything is written.
/// </summary>
public sealed class SnapshotVersioned(Func<HttpContext, Task<object?>> current) : IEndpointFilter
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && http.Request.Headers.IfMatch.Count > 0
            && await current(http) is { } now
            && EntityTagHeaderValue.TryParseList([.. http.Request.Headers.IfMatch.OfType<string>()], out var tags)
            && !tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.ToString() == Tag(now).Tag.ToString()))
        {
            var localizer = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return TypedResults.Problem(title: localizer["problem.stale"], detail: localizer["problem.stale.detail"], statusCode: StatusCodes.Status412PreconditionFailed);
        }
        var result = await next(context);
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (answer is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } and IValueHttpResult { Value: { } value })
        {
            http.Response.Headers.ETag = Tag(value).ToString();
        }
        return result;
    }

    private static EntityTagHeaderValue Tag(object representation) => new($"\"{TagOf(representation)}\"", isWeak: true);

    /// <summary>A short hash of a state; a form carries it to tell whether what it edits changed meanwhile.</summary>
    public static string TagOf(object state)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(state, state.GetType(), _json));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}

public static class SnapshotVersionedRoutes
{
    /// <summary>Puts <see cref="SnapshotVersioned"/> on a route; <paramref name="current"/> reads what GET would answer now.</summary>
    public static RouteHandlerBuilder VersionedBySnapshot(this RouteHandlerBuilder route, Func<HttpContext, Task<object?>> current) =>
        route.AddEndpointFilter(new SnapshotVersioned(current)).WithMetadata(new VersionedRoutes.ChecksVersion());
}
