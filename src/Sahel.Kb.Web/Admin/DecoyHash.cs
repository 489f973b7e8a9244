using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Sahel.Kb.Web.Admin;

/// <summary>
/// A password hash of no account, checked when there is no account's hash to check (an unknown
/// name, a locked account), so a refusal takes as long as a wrong password does.
/// </summary>
public static class DecoyHash
{
    private static readonly IdentityUser s_nobody = new("decoy");
    private static readonly Lazy<string> s_hash = new(() =>
        new PasswordHasher<IdentityUser>().HashPassword(s_nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public static void Verify(UserManager<IdentityUser> users, string password) =>
        users.PasswordHasher.VerifyHashedPassword(s_nobody, s_hash.Value, password);
}
