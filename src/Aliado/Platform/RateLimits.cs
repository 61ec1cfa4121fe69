using System.Globalization;
using System.Threading.RateLimiting;

namespace Aliado.Platform;

/// <summary>
/// ASP.NET Core's rate limiting for the doors anyone can knock on: the links that carry a secret
/// (check-ins, calendar feeds). A refused request gets 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string AnonymousLinks = "anonymous-links";

    public static IServiceCollection AddAliadoRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:AnonymousLinksPerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(AnonymousLinks, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
