using Aliado.Data;
using Aliado.Features.Demo;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Home;

public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, IConfiguration configuration) : PageModel
{
    public bool SignedIn => workspace.IsResolved;

    public bool DemoEnabled => DemoModel.Enabled(configuration);

    public string WorkspaceName => workspace.Name;

    public int PeopleCount { get; private set; }

    public int OrganizationCount { get; private set; }

    public int TieCount { get; private set; }

    public Guid? MeId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return;
        }
        PeopleCount = await db.People.CountAsync(cancellationToken);
        OrganizationCount = await db.Organizations.CountAsync(cancellationToken);
        TieCount = await db.Ties.CountAsync(cancellationToken);
        MeId = await db.People.Where(p => p.IsMe).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
