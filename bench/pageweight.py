"""The weight of a page: the page and every resource it makes a browser fetch (stylesheets, scripts,
icons, images, url() in CSS), raw and as served to a browser that accepts gzip. Resources on other
hosts are counted, not fetched. Standard library only.

    python3 bench/pageweight.py NAME=URL ...

Prints a table per page and one "figure NAME_... VALUE" line per figure.
"""
import re, sys, urllib.error, urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

FETCHED_RELS = {"stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload", "manifest"}
CSS_REFS = re.compile(r"""url\(\s*['"]?([^'")]+?)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
NOT_REQUESTS = ("data:", "blob:", "javascript:", "mailto:", "tel:", "about:", "#")


class Refs(HTMLParser):
    """What a browser fetches for a page (resources), and where it only links to (links)."""

    def __init__(self):
        super().__init__()
        self.resources, self.links, self.css = [], [], []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "link":
            rels = set(a.get("rel", "").lower().split())
            (self.resources if rels & FETCHED_RELS else self.links).append(a.get("href", ""))
        if tag in ("script", "img", "iframe", "embed", "audio", "video", "source", "track", "input"):
            self.resources.append(a.get("src", ""))
        for srcset in (a.get("srcset", ""), a.get("imagesrcset", "")):
            self.resources += [part.split()[0] for part in srcset.split(",") if part.strip()]
        self.resources += [a.get("poster", ""), a.get("data", "") if tag == "object" else ""]
        if tag in ("a", "area"):
            self.links.append(a.get("href", ""))
        if tag == "form":
            self.links.append(a.get("action", ""))
        self.css.append(a.get("style", ""))
        self.in_style = self.in_style or tag == "style"

    def handle_endtag(self, tag):
        self.in_style = self.in_style and tag != "style"

    def handle_data(self, data):
        if self.in_style:
            self.css.append(data)


def fetch(url, accept_gzip):
    headers = {"Accept-Encoding": "gzip" if accept_gzip else "identity", "User-Agent": "bench"}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def css_refs(text):
    return [m.group(1) or m.group(2) for m in CSS_REFS.finditer(text)]


def weigh(name, page):
    host = urlsplit(page).netloc
    queue, seen, other_hosts, rows = [("page", page)], set(), [], []
    while queue:
        kind, url = queue.pop(0)
        url = urljoin(page, url).split("#")[0]
        if url in seen:
            continue
        seen.add(url)
        if urlsplit(url).netloc != host:
            other_hosts.append(url)
            continue
        status, headers, raw = fetch(url, False)
        _, served_headers, served = fetch(url, True)
        encoding = served_headers.get("Content-Encoding", "identity")
        ctype = (headers.get("Content-Type") or "").split(";")[0]
        rows.append((kind, url, status, ctype, len(raw), len(served), encoding))
        text = raw.decode("utf-8", "replace")
        refs = []
        if ctype == "text/html":
            parser = Refs()
            parser.feed(text)
            refs = parser.resources + [r for css in parser.css for r in css_refs(css)]
            for link in parser.links:
                link = urljoin(page, link)
                if link and not link.startswith(NOT_REQUESTS) and urlsplit(link).netloc != host:
                    print(f"  link (not fetched by the browser) to another host: {link}")
        elif ctype == "text/css":
            refs = css_refs(text)
        for ref in refs:
            ref = ref.strip()
            if ref and not ref.lower().startswith(NOT_REQUESTS):
                queue.append((ctype.split("/")[-1] + " ref", urljoin(url, ref)))
    print(f"{name}: {page}")
    print(f"  {'status':>6} {'type':<24} {'raw':>9} {'served':>9} {'encoding':<9} url")
    for kind, url, status, ctype, raw, served, encoding in rows:
        path = urlsplit(url).path + (("?" + urlsplit(url).query) if urlsplit(url).query else "")
        print(f"  {status:>6} {ctype:<24} {raw:>9} {served:>9} {encoding:<9} {path}")
    bad = [r for r in rows if r[2] != 200]
    total_raw, total_served = sum(r[4] for r in rows), sum(r[5] for r in rows)
    print(f"  {len(rows)} requests, {total_raw} bytes raw, {total_served} bytes served with gzip"
          + (f", {len(bad)} NOT 200" if bad else ""))
    for url in other_hosts:
        print(f"  REQUEST TO ANOTHER HOST: {url}")
    print(f"figure {name}_requests {len(rows)}")
    print(f"figure {name}_bytes_raw {total_raw}")
    print(f"figure {name}_bytes_gzip {total_served}")
    return len(other_hosts)


others = sum(weigh(*arg.split("=", 1)) for arg in sys.argv[1:])
print(f"figure other_host_requests {others}")
