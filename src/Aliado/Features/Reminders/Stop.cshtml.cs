using Aliado.Core.Reminders;
using Aliado.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Aliado.Features.Reminders;

/// <summary>
/// Stops the agenda e-mails from the link in one of them, without signing in. The POST also serves mail
/// programs' one-click unsubscribe (RFC 8058), which sends no form token: the protected token in the
/// address is the proof, and all it can do is turn e-mails off.
/// </summary>
[EnableRateLimiting(Platform.RateLimits.AnonymousLinks)]
[IgnoreAntiforgeryToken]
public sealed class StopModel(Unsubscribe unsubscribe, UserManager<AliadoUser> users) : PageModel
{
    public bool Stopped { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token) =>
        await UserAsync(token) is { } user ? ShowFor(user) : NotFound();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await UserAsync(token) is not { } user)
        {
            return NotFound();
        }
        user.ReminderFrequency = ReminderCadence.Off;
        user.NextReminderAt = null;
        await users.UpdateAsync(user);
        Stopped = true;
        return Page();
    }

    private PageResult ShowFor(AliadoUser user)
    {
        Stopped = user.ReminderFrequency == ReminderCadence.Off;
        return Page();
    }

    private async Task<AliadoUser?> UserAsync(string token) =>
        unsubscribe.UserOf(token) is { } id ? await users.FindByIdAsync(id) : null;
}
