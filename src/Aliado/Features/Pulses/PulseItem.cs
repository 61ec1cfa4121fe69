namespace Aliado.Features.Pulses;

/// <summary>One pulse as lists show it; where I am the client its values speak to me as the client.</summary>
public sealed record PulseItem(PulseDto Pulse, bool CanEdit, bool AsClient);
