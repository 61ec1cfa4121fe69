using System.Linq.Expressions;
using Aliado.Core.People;

namespace Aliado.Features.Organizations;

public sealed record OrganizationDto(Guid Id, string Name, OrganizationKind Kind, Guid? ParentId, string? ParentName, int PeopleCount)
{
    public static Expression<Func<Organization, OrganizationDto>> From(IQueryable<Person> people) => o =>
        new OrganizationDto(o.Id, o.Name, o.Kind, o.Parent != null ? o.ParentId : null, o.Parent != null ? o.Parent.Name : null, people.Count(p => p.OrganizationId == o.Id));
}
