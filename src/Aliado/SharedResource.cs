using Microsoft.Extensions.Localization;

// The assembly is named "aliado" (the command name) while resources are embedded under "Aliado";
// this tells the localizer which root to look under.
[assembly: RootNamespace("Aliado")]

namespace Aliado;

/// <summary>
/// Marker for the one resource file that holds every product text (Resources/SharedResource*.resx).
/// It must stay in the root namespace, or resource lookups silently fall back to the key.
/// </summary>
public sealed class SharedResource;
