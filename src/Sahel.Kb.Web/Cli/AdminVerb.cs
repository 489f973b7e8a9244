using System.Text;
using Microsoft.AspNetCore.Identity;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Cli;

/// <summary>
/// <c>admin add USER</c> (password from standard input, not echoed on a terminal; creates the
/// admin or resets its password), <c>admin list</c>, <c>admin remove USER</c>.
/// </summary>
public static class AdminVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments)
    {
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        switch (arguments)
        {
            case ["add", var name]:
                return await AddAsync(services, users, name);
            case ["list"]:
                foreach (var user in (await users.GetUsersInRoleAsync(AdminAccounts.Role)).OrderBy(u => u.UserName, StringComparer.Ordinal))
                {
                    var locked = await users.IsLockedOutAsync(user) ? " (locked)" : "";
                    await Console.Out.WriteLineAsync($"{user.UserName}{locked}");
                }

                return 0;
            case ["remove", var name]:
                if (await users.FindByNameAsync(name) is not { } existing)
                {
                    await Console.Error.WriteLineAsync($"error: there is no admin \"{name}\"");
                    return 1;
                }

                return Report(await users.DeleteAsync(existing), $"admin {name} removed");
            default:
                await Console.Error.WriteLineAsync("usage: admin add USER | admin list | admin remove USER (the password of add is read from standard input)");
                return 2;
        }
    }

    private static async Task<int> AddAsync(IServiceProvider services, UserManager<IdentityUser> users, string name)
    {
        var password = ReadPassword($"Password for {name}: ");
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("error: no password given on standard input");
            return 1;
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(AdminAccounts.Role))
        {
            await roles.CreateAsync(new IdentityRole(AdminAccounts.Role));
        }

        var user = await users.FindByNameAsync(name);
        var created = user is null;
        if (user is null)
        {
            user = new IdentityUser(name);
            var create = await users.CreateAsync(user, password);
            if (!create.Succeeded)
            {
                return Report(create, "");
            }
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return Report(reset, "");
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        if (!await users.IsInRoleAsync(user, AdminAccounts.Role))
        {
            await users.AddToRoleAsync(user, AdminAccounts.Role);
        }

        await Console.Out.WriteLineAsync(created ? $"admin {name} created" : $"admin {name}: password reset");
        return 0;
    }

    private static int Report(IdentityResult result, string success)
    {
        if (result.Succeeded)
        {
            Console.Out.WriteLine(success);
            return 0;
        }

        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"error: {error.Description}");
        }

        return 1;
    }

    /// <summary>One line of standard input; on a terminal, typed without echo after a prompt on standard error.</summary>
    private static string? ReadPassword(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Error.Write(prompt);
        var password = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
