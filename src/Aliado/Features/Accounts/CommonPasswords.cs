using Aliado.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Accounts;

/// <summary>
/// Length alone lets "password" and "12345678" through. This refuses the 10,000 passwords people pick
/// most often (ignoring case), the first thing any guesser tries.
/// </summary>
public sealed class CommonPasswords(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<AliadoUser>
{
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> _list = new(Load);

    public static bool IsCommon(string password) => _list.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<AliadoUser> manager, AliadoUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = localizer["identity.password-too-common"] })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Aliado.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }
        return set;
    }
}
