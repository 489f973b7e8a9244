"""Signs in as an admin and saves edits of articles through the edit form, as a browser would;
prints each save's time in milliseconds (the POST: saved, relinked, its own page prepared).
usage: edit.py BASE_URL USER PASSWORD SLUG..."""
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

base, user, password, slugs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    """A save answers with a redirect to the article: its time is the save's, not the page's."""
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class LoopbackCookies(http.cookiejar.DefaultCookiePolicy):
    """The admin cookie is marked Secure; the benchmark's server is plain HTTP on 127.0.0.1."""
    def return_ok_secure(self, cookie, request):
        return True


opener = urllib.request.build_opener(
    urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar(LoopbackCookies())), KeepRedirects())


def post(path, data):
    """POSTs a form; returns where the answer redirects to."""
    try:
        opener.open(base + path, urllib.parse.urlencode(data).encode())
        return ""
    except urllib.error.HTTPError as answer:
        if answer.code != 302:
            raise
        return answer.headers["Location"]


def form(path):
    html = opener.open(base + path).read().decode()
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html)
    token = token or re.search(r'type="hidden" name="__RequestVerificationToken" value="([^"]+)"', html)
    return html, token.group(1)


def field(html, name):
    text = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', html, re.S)
    if text:
        return re.sub(r"^\r?\n", "", text.group(1))
    value = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', html)
    return value.group(1) if value else ""


def unescape(text):
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&#x27;", "'").replace("&#39;", "'").replace("&amp;", "&"))


_, token = form("/account/sign-in")
if not post("/account/sign-in", {"UserName": user, "Password": password, "__RequestVerificationToken": token}):
    sys.exit("could not sign in")
for i, slug in enumerate(slugs):
    html, token = form(f"/admin/articles/{slug}/edit")
    kind = re.search(r'<option value="([^"]+)" selected="selected"', html)
    data = {
        "Title": unescape(field(html, "Title")),
        "Kind": kind.group(1) if kind else "event",
        "Aliases": unescape(field(html, "Aliases")),
        "Summary": unescape(field(html, "Summary")) + f" Edited for the benchmark ({i}).",
        "__RequestVerificationToken": token,
    }
    start = time.perf_counter()
    location = post(f"/admin/articles/{slug}/edit?handler=Save", data)
    elapsed = (time.perf_counter() - start) * 1000
    if location != f"/articles/{slug}":
        sys.exit(f"the edit of {slug} was not saved (answer: {location or 'the form again'})")
    print(f"{elapsed:.0f}")
