using Aliado.Core;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Features.Tokens;
using Aliado.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Accounts;

public sealed class AccountModel(
    UserManager<AliadoUser> users,
    SignInManager<AliadoUser> signIn,
    PersonalTokens tokens,
    Workspaces.SecurityLog log,
    CurrentWorkspace workspace,
    AliadoDbContext db,
    UserTime time,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Reminders.EmailSettings> email,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public Reminders.ReminderSettingsDraft ReminderInput { get; set; } = new(null, null, null);

    public Reminders.ReminderSettingsDto? ReminderSettings { get; private set; }

    public async Task<IActionResult> OnPostRemindersAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        var outcome = await Reminders.ReminderSettings.ChangeAsync(users, user!, ReminderInput, email.Value, clock);
        if (await this.ShowAsync(outcome, localizer, nameof(ReminderInput), _ => this.Flash(localizer["account.reminders-saved"].Value)) is { } shown)
        {
            return shown;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    [BindProperty]
    public PasswordChange Password { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    public string WorkspaceName => workspace.Name;

    public IReadOnlyList<ApiToken> ApiTokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    public static IReadOnlyList<string> TimeZones => TimeZoneChoices.Ids;

    /// <summary>False until the user saves a zone: the page then offers the browser's own.</summary>
    public bool TimeZoneChosen { get; private set; }

    public bool HasCalendarFeed { get; private set; }

    public Uri? NewCalendarUrl { get; private set; }

    public async Task<IActionResult> OnPostTimeZoneAsync(CancellationToken cancellationToken)
    {
        if (!UserTime.IsKnown(TimeZone))
        {
            ModelState.AddModelError(nameof(TimeZone), localizer["account.time-zone-unknown"]);
            await LoadAsync(cancellationToken);
            return Page();
        }
        var user = await users.GetUserAsync(User);
        user!.TimeZone = TimeZone;
        Reminders.ReminderSettings.Reschedule(user, clock.GetUtcNow().UtcDateTime);
        await users.UpdateAsync(user);
        TempData["Flash"] = localizer["account.time-zone-saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCalendarAsync(CancellationToken cancellationToken)
    {
        NewCalendarUrl = await Calendar.CalendarFeeds.CreateAsync(db, log, workspace, Calendar.CalendarFeeds.BaseAddress(HttpContext), cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeCalendarAsync(CancellationToken cancellationToken)
    {
        await Calendar.CalendarFeeds.RevokeAsync(db, log, workspace, cancellationToken);
        TempData["Flash"] = localizer["account.calendar-revoked"].Value;
        return RedirectToPage();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        var check = new Check().Required("current", Password.Current).Required("new", Password.New).MaxLength("new", Password.New, AccountOpening.MaxPasswordLength);
        if (!string.IsNullOrEmpty(Password.New) && Password.New != Password.Confirm)
        {
            check.Add(new FieldError("confirm", "password-confirmation"));
        }
        ModelState.AddFieldErrors(check.Errors, localizer, nameof(Password));
        if (ModelState.IsValid)
        {
            var user = await users.GetUserAsync(User);
            var result = await users.ChangePasswordAsync(user!, Password.Current!, Password.New!);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user!);
                await log.RecordAsync(user!.PersonalWorkspaceId, Workspaces.SecurityLog.PasswordChanged, user.Email, user.Id, cancellationToken);
                TempData["Flash"] = localizer["account.password-changed"].Value;
                TempData["OfferTokenRevocation"] = true;
                return RedirectToPage();
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Password.Current" : "Password.New", error.Description);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTokenAsync(string? tokenName, CancellationToken cancellationToken)
    {
        var issued = await tokens.IssueAsync(workspace.UserId!, workspace.Id, tokenName, cancellationToken);
        NewSecret = issued.Secret;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(workspace.UserId!, tokenId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["account.token-revoked-flash"].Value;
        return RedirectToPage();
    }

    /// <summary>After a password change: tokens are not tied to the password, so the user decides whether they go too.</summary>
    public async Task<IActionResult> OnPostRevokeAllTokensAsync(CancellationToken cancellationToken)
    {
        var revoked = await tokens.RevokeAllAsync(workspace.UserId!, cancellationToken);
        TempData["Flash"] = localizer.Count("account.tokens-revoked-all", revoked, revoked).Value;
        return RedirectToPage();
    }

    /// <summary>Active API tokens of this account in every workspace, offered for revocation right after a password change.</summary>
    public int ActiveTokensEverywhere { get; private set; }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ActiveTokensEverywhere = await tokens.CountActiveEverywhereAsync(workspace.UserId!, cancellationToken);
        var user = await users.GetUserAsync(User);
        Email = user?.Email ?? string.Empty;
        ReminderSettings = user is null ? null : Reminders.ReminderSettings.Of(user, email.Value);
        if (ReminderSettings is { } saved && ReminderInput == new Reminders.ReminderSettingsDraft(null, null, null))
        {
            ReminderInput = new(saved.Frequency, saved.Day, saved.Hour);
        }
        ApiTokens = await tokens.ListAsync(workspace.UserId!, cancellationToken);
        HasCalendarFeed = await Calendar.CalendarFeeds.ExistsAsync(db, workspace, cancellationToken);
        TimeZoneChosen = user?.TimeZone is not null;
        TimeZone ??= time.Zone.Id;
    }
}

public sealed class PasswordChange
{
    public string? Current { get; set; }

    public string? New { get; set; }

    public string? Confirm { get; set; }
}
