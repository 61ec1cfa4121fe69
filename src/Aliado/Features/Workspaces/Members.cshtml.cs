using Aliado.Core;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Workspaces;

/// <summary>Who can open this workspace. The owner adds accounts by e-mail as editors or viewers.</summary>
public sealed class MembersModel(AliadoDbContext db, CurrentWorkspace workspace, UserManager<AliadoUser> users, SecurityLog log, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public sealed record Member(Guid MembershipId, string DisplayName, string Email, WorkspaceRole Role);

    [BindProperty]
    public NewMember Input { get; set; } = new();

    [BindProperty]
    public ThresholdsForm Thresholds { get; set; } = new();

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public bool CanManage => workspace.CanManageMembers;

    public string WorkspaceName => workspace.Name;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostThresholdsAsync(CancellationToken cancellationToken)
    {
        if (!CanManage)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (ModelState.IsValid)
        {
            var draft = new VerdictPolicyDraft(Thresholds.MinimumCoincidencePercent, Thresholds.WantedImportance);
            var errors = new Check().Required("minimumCoincidencePercent", Thresholds.MinimumCoincidencePercent).Required("wantedImportance", Thresholds.WantedImportance).Errors;
            if (errors.Count == 0 && await VerdictThresholds.TuneAsync(db, workspace, draft, cancellationToken) is Outcome<VerdictPolicyDto>.Done)
            {
                TempData["Flash"] = localizer["thresholds.saved"].Value;
                return RedirectToPage();
            }
            ModelState.AddFieldErrors(errors.Count > 0 ? errors : draft.Validate(), localizer, nameof(Thresholds));
        }
        await LoadMembersAsync(cancellationToken);
        return Page();
    }

    [BindProperty]
    public HealthPolicyDraft Health { get; set; } = new(null, null, null);

    public async Task<IActionResult> OnPostHealthAsync(CancellationToken cancellationToken)
    {
        if (!CanManage)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var errors = new Check().Required("stalePulseDays", Health.StalePulseDays).Required("watchStreak", Health.WatchStreak).Required("atRiskStreak", Health.AtRiskStreak).Errors;
        ModelState.AddFieldErrors(errors, localizer, nameof(Health));
        if (ModelState.IsValid
            && await this.ShowAsync(await HealthThresholds.TuneAsync(db, workspace, Health, cancellationToken), localizer, nameof(Health), _ => this.Flash(localizer["health-thresholds.saved"].Value)) is { } shown)
        {
            return shown;
        }
        var current = await VerdictThresholds.ReadAsync(db, cancellationToken);
        Thresholds = new ThresholdsForm { MinimumCoincidencePercent = current.MinimumCoincidencePercent, WantedImportance = current.WantedImportance };
        await LoadMembersAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!CanManage)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        // One use case with the API; the page gives the same answer whether or not an account uses the address.
        if (await MembersApi.AddAsync(db, users, log, workspace, new NewMemberRequest(Input.Email, Input.Role), cancellationToken) is Outcome<MemberDto>.Invalid invalid)
        {
            ModelState.AddFieldErrors(invalid.Errors, localizer);
            await LoadAsync(cancellationToken);
            return Page();
        }
        TempData["Flash"] = localizer["members.added", Input.Email!.Trim()].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid membershipId, string? role, CancellationToken cancellationToken)
    {
        var membership = await FindManagedAsync(membershipId, cancellationToken);
        if (membership is null)
        {
            return NotFound();
        }
        membership.Role = role == "editor" ? WorkspaceRole.Editor : WorkspaceRole.Viewer;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = localizer["members.role-changed"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        if (!CanManage || !await MembersApi.RemoveAsync(db, log, workspace, membershipId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["members.removed"].Value;
        return RedirectToPage();
    }

    /// <summary>Memberships are not workspace rows, so this filter on the current workspace is explicit.</summary>
    private async Task<Membership?> FindManagedAsync(Guid membershipId, CancellationToken cancellationToken) =>
        CanManage
            ? await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.WorkspaceId == workspace.Id && m.Role != WorkspaceRole.Owner, cancellationToken)
            : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var current = await VerdictThresholds.ReadAsync(db, cancellationToken);
        Thresholds = new ThresholdsForm { MinimumCoincidencePercent = current.MinimumCoincidencePercent, WantedImportance = current.WantedImportance };
        var health = await HealthThresholds.ReadAsync(db, cancellationToken);
        Health = new HealthPolicyDraft(health.StalePulseDays, health.WatchStreak, health.AtRiskStreak);
        await LoadMembersAsync(cancellationToken);
    }

    private async Task LoadMembersAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => m.WorkspaceId == workspace.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.DisplayName, u.Email, m.Role })
            .ToListAsync(cancellationToken);
        Members = [.. rows.Select(r => new Member(r.Id, r.DisplayName, r.Email ?? string.Empty, r.Role)).OrderBy(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)];
    }
}

public sealed class ThresholdsForm
{
    public int? MinimumCoincidencePercent { get; set; }

    public int? WantedImportance { get; set; }
}

public sealed class NewMember
{
    public string? Email { get; set; }

    public WorkspaceRole? Role { get; set; } = WorkspaceRole.Editor;
}
