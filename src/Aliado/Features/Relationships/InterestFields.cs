using Aliado.Core.Relationships;

namespace Aliado.Features.Relationships;

public sealed record InterestFields(InterestForm Form, string Prefix, bool ForClient);

public sealed record OfferingFields(OfferingForm Form, IReadOnlyList<Interest> ClientInterests);
