"""Regenerates samples/warc/site.warc.gz byte for byte (fixed dates, ids and gzip mtime): python3 scripts/sample-warc/make_sample_warc.py"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
import gzip, hashlib, base64
DATE = "2024-03-05T15:02:11Z"
def sha1(b): return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()
def record(headers, block):
    h = "WARC/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in headers) + "Content-Length: %d\r\n\r\n" % len(block)
    return gzip.compress(h.encode("utf-8") + block + b"\r\n\r\n", mtime=0)

page = open(os.path.join(HERE, "dailyglobe.html"), encoding="utf-8").read().encode("utf-8")
URL = "https://dailyglobe.example/europe/2024/03/05/russia-calls-osce-return-to-consensus"
out = b""
info = ("software: echotrace-samples\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "description: Sample crawl of an aggregator site (invented content)\r\nrobots: obey\r\n").encode()
out += record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", "<urn:uuid:6f1c0c1e-0000-4000-8000-000000000001>"), ("WARC-Date", DATE),
               ("WARC-Filename", "site.warc.gz"), ("Content-Type", "application/warc-fields")], info)
def pair(n, url, ctype, body, path):
    global out
    req = ("GET %s HTTP/1.1\r\nHost: dailyglobe.example\r\nUser-Agent: Mozilla/5.0 (compatible; echotrace-sample-crawler/0.1)\r\nAccept: text/html,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.9\r\n\r\n" % path).encode()
    resp_head = ("HTTP/1.1 200 OK\r\nDate: Tue, 05 Mar 2024 15:02:11 GMT\r\nServer: nginx\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\nCache-Control: max-age=300\r\n\r\n" % (ctype, len(body))).encode()
    resp_id = "<urn:uuid:6f1c0c1e-0000-4000-8000-0000000000%02d>" % (n * 2 + 1)
    out += record([("WARC-Type", "response"), ("WARC-Record-ID", resp_id), ("WARC-Warcinfo-ID", "<urn:uuid:6f1c0c1e-0000-4000-8000-000000000001>"),
                   ("WARC-Date", DATE), ("WARC-Target-URI", url), ("WARC-IP-Address", "192.0.2.44"),
                   ("WARC-Block-Digest", sha1(resp_head + body)), ("WARC-Payload-Digest", sha1(body)),
                   ("Content-Type", "application/http;msgtype=response")], resp_head + body)
    out += record([("WARC-Type", "request"), ("WARC-Record-ID", "<urn:uuid:6f1c0c1e-0000-4000-8000-0000000000%02d>" % (n * 2 + 2)),
                   ("WARC-Warcinfo-ID", "<urn:uuid:6f1c0c1e-0000-4000-8000-000000000001>"), ("WARC-Date", DATE),
                   ("WARC-Concurrent-To", resp_id), ("WARC-Target-URI", url), ("WARC-Block-Digest", sha1(req)),
                   ("Content-Type", "application/http;msgtype=request")], req)
robots = b"User-agent: *\nDisallow: /wp-admin/\nSitemap: https://dailyglobe.example/sitemap.xml\n"
pair(1, "https://dailyglobe.example/robots.txt", "text/plain; charset=utf-8", robots, "/robots.txt")
pair(2, URL, "text/html; charset=UTF-8", page, "/europe/2024/03/05/russia-calls-osce-return-to-consensus")
open(os.path.join(HERE, "..", "..", "samples", "warc", "site.warc.gz"), "wb").write(out)
print(len(out))
