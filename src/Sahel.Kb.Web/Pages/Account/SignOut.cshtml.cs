using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sahel.Kb.Web.Pages.Account;

/// <summary>
/// Signing out is a form post (antiforgery-checked), never a link a page could trigger. It
/// renews the account's security stamp, so a copy of the cookie (another browser, another
/// device) is signed out too.
/// </summary>
public sealed class SignOutModel(SignInManager<IdentityUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
