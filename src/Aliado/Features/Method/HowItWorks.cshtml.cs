using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Method;

/// <summary>
/// The method explained in place: why each step matters, and the rules with the thresholds of the
/// reader's workspace (the defaults for someone not signed in), so the verdict is never a black box.
/// </summary>
public sealed class HowItWorksModel(AliadoDbContext db, CurrentWorkspace workspace) : PageModel
{
    public string Minimum { get; private set; } = Verdicts.Percent(Core.Relationships.VerdictPolicy.Default.MinimumCoincidenceShare);

    public int WantedImportance { get; private set; } = Core.Relationships.VerdictPolicy.Default.WantedImportance;

    public HealthPolicy Health { get; private set; } = HealthPolicy.Default;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (workspace.IsResolved)
        {
            var policy = await CaseFile.PolicyAsync(db, cancellationToken);
            (Minimum, WantedImportance, Health) = (Verdicts.Percent(policy.MinimumCoincidenceShare), policy.WantedImportance, db.HealthPolicy);
        }
    }
}
