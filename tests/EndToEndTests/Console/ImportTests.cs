using System.Text;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>An admin uploads a member CSV at the console, watches it run, and reads the error of its bad line.</summary>
[Collection(StackCollection.Name)]
public sealed class ConsoleImportTests(StackFixture stack, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task An_import_with_a_bad_line_finishes_and_shows_that_lines_error()
    {
        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["admin"], [], "/imports");
        var csv = new StringBuilder("phone,name,gender,birthDate,homeStoreId,interestTags,tier,registeredAt\n");
        for (var i = 0; i < 3; i++)
        {
            csv.Append($"{Registrations.NewPhone()},导入会员{i},女,1990-05-20,SH-JINGAN-01,laser,,2024-03-0{i + 1}\n");
        }

        csv.Append($"{Registrations.NewPhone()},坏日期,女,1990-13-45,SH-JINGAN-01,,,\n"); // line 5: no such date

        await ConsoleBrowser.StepsAsync(page, "import", async () =>
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "members.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()),
            });
            await page.ClickAsync("#import-start");

            await Assertions.Expect(page.Locator("#import-progress"))
                .ToHaveAttributeAsync("data-processed", "4", new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("#import-created")).ToHaveTextAsync("3");
            var error = page.Locator("tr.import-error-row");
            await Assertions.Expect(error).ToHaveCountAsync(1);
            await Assertions.Expect(error.Locator("[data-test=import-error-line]")).ToHaveTextAsync("5");
            await Assertions.Expect(error.Locator("[data-test=import-error-field]"))
                .ToHaveAttributeAsync("data-field", "birthDate");
            await ConsoleBrowser.CaptureAsync(page, "import");
        });
    }
}
