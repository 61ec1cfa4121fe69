using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Aliado.Features.Reminders;

/// <summary>The HTTP face of <see cref="ReminderSettings"/>: its routes, their answers and what they may return.</summary>
public static class RemindersApi
{
    public static void MapReminders(this RouteGroupBuilder api)
    {
        var tags = new[] { "Reminders" };
        api.MapGet("/me/reminders", async Task<Results<Ok<ReminderSettingsDto>, ProblemHttpResult>> (HttpContext context, UserManager<AliadoUser> users, IOptions<EmailSettings> email, Problems problems) =>
            await users.GetUserAsync(context.User) is { } user ? TypedResults.Ok(ReminderSettings.Of(user, email.Value)) : problems.NotFound())
            .WithTags(tags).WithSummary("My agenda e-mail settings, and whether this server sends e-mail at all.")
            .VersionedBySnapshot(CurrentAsync);
        api.MapPut("/me/reminders", async Task<Results<Ok<ReminderSettingsDto>, ValidationProblem, ProblemHttpResult>> (ReminderSettingsDraft draft, HttpContext context, UserManager<AliadoUser> users, IOptions<EmailSettings> email, TimeProvider clock, Problems problems) =>
            await users.GetUserAsync(context.User) is not { } user ? problems.NotFound()
            : problems.Ok(await ReminderSettings.ChangeAsync(users, user, draft, email.Value, clock)))
            .WithTags(tags).WithSummary("Changes how often (weekly, daily, off), which day and at what hour my agenda e-mail comes.")
            .VersionedBySnapshot(CurrentAsync);
    }

    private static async Task<object?> CurrentAsync(HttpContext context) =>
        await context.RequestServices.GetRequiredService<UserManager<AliadoUser>>().GetUserAsync(context.User) is { } user
            ? ReminderSettings.Of(user, context.RequestServices.GetRequiredService<IOptions<EmailSettings>>().Value)
            : null;
}
