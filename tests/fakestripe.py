#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in for Stripe's API, for tests: we cannot reach Stripe from here, so this speaks
the part of its wire protocol Marquee uses, as Stripe documents it — form-encoded POST bodies
with bracketed keys, Bearer secret keys, Idempotency-Key replay (the same key and parameters
answer the first response again; other parameters are an idempotency_error), JSON objects and
error bodies, PaymentIntents (create, retrieve, cancel, search by metadata), Terminal readers in
the server-driven flow (process_payment_intent, retrieve, cancel_action), the simulated reader's
test helper present_payment_method with Stripe's test card numbers, and refunds.

    fakestripe.py --port P --key sk_test_x [--state FILE]

Prints "ready PORT" once it listens. With --state, everything is kept in FILE, so a restarted
fake remembers what was charged. Outside Stripe's API, for tests only:
    GET  /_fake/state               what was charged and refunded
    POST /_fake/drop  path=P count=N   after handling the next N requests whose path starts
                                       with P, close the connection without answering
    POST /_fake/fail  path=P count=N status=S   answer the next N such requests with error S
                                                (429 rate limit, 5xx api_error) unhandled
    POST /_fake/undrop              answer everything again
"""
import argparse
import http.server
import json
import os
import re
import secrets
import threading
import time
import urllib.parse

LOCK = threading.RLock()
STATE = {"payment_intents": {}, "readers": {}, "refunds": {}, "idempotency": {}}
DROPS = []  # [prefix, remaining]
FAILS = []  # [prefix, remaining, http status]
ARGS = None

DECLINES = {
    "4000000000000002": ("card_declined", "generic_decline", "Your card was declined."),
    "4000000000009995": ("card_declined", "insufficient_funds", "Your card has insufficient funds."),
    "4000000000009987": ("card_declined", "lost_card", "Your card has been declined."),
    "4000000000000069": ("expired_card", "expired_card", "Your card has expired."),
    "4000000000000127": ("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect."),
    "4000000000000119": ("processing_error", "processing_error",
                         "An error occurred while processing your card. Try again in a little bit."),
}


def save():
    if ARGS.state:
        tmp = ARGS.state + ".tmp"
        with open(tmp, "w") as f:
            json.dump(STATE, f)
        os.replace(tmp, ARGS.state)


def new_id(prefix):
    return prefix + "_" + secrets.token_hex(12)


def parse_form(body):
    """Stripe's form encoding: a[b]=1 makes an object, a[]=x a list."""
    out = {}
    for key, value in urllib.parse.parse_qsl(body, keep_blank_values=True):
        m = re.fullmatch(r"([^\[]+)((?:\[[^\]]*\])*)", key)
        node, name = out, m.group(1)
        for part in re.findall(r"\[([^\]]*)\]", m.group(2)):
            if part == "":
                node, name = node.setdefault(name, []), None
                break
            node, name = node.setdefault(name, {}), part
        if name is None:
            node.append(value)
        else:
            node[name] = value
    return out


def error(status, type_, message, code=None, decline_code=None, extra=None):
    err = {"type": type_, "message": message}
    if code:
        err["code"] = code
    if decline_code:
        err["decline_code"] = decline_code
    if extra:
        err.update(extra)
    return status, {"error": err}


def reader(rid):
    readers = STATE["readers"]
    if rid not in readers:
        if not rid.startswith("tmr_"):
            return None
        readers[rid] = {"id": rid, "object": "terminal.reader", "device_type": "simulated_wisepos_e",
                        "label": "Simulated reader", "status": "online", "action": None}
    return readers[rid]


def charge_of(pi):
    refunded = sum(r["amount"] for r in STATE["refunds"].values() if r["payment_intent"] == pi["id"])
    return {"id": pi["latest_charge"], "object": "charge", "amount": pi["amount_received"],
            "amount_refunded": refunded, "refunded": refunded >= pi["amount_received"] > 0,
            "payment_intent": pi["id"]}


def shown(pi, expand):
    """A PaymentIntent as the API shows it, with latest_charge expanded when asked."""
    if "latest_charge" in expand and pi["latest_charge"]:
        pi = dict(pi, latest_charge=charge_of(pi))
    return pi


def create_payment_intent(params):
    try:
        amount = int(params.get("amount", ""))
    except ValueError:
        return error(400, "invalid_request_error", "Missing required param: amount.",
                     "parameter_missing", extra={"param": "amount"})
    if amount < 1:
        return error(400, "invalid_request_error", "Amount must be at least 1.",
                     "amount_too_small", extra={"param": "amount"})
    if not params.get("currency"):
        return error(400, "invalid_request_error", "Missing required param: currency.",
                     "parameter_missing", extra={"param": "currency"})
    pi = {"id": new_id("pi"), "object": "payment_intent", "amount": amount,
          "amount_received": 0, "currency": params["currency"],
          "capture_method": params.get("capture_method", "automatic"),
          "payment_method_types": params.get("payment_method_types", ["card"]),
          "description": params.get("description"), "metadata": params.get("metadata", {}),
          "status": "requires_payment_method", "last_payment_error": None, "latest_charge": None,
          "created": int(time.time()), "livemode": False}
    STATE["payment_intents"][pi["id"]] = pi
    return 200, pi


def handle(method, path, params, idem_key):
    pis = STATE["payment_intents"]
    if method == "POST" and path == "/v1/payment_intents":
        return create_payment_intent(params)
    if method == "GET" and path == "/v1/payment_intents/search":
        m = re.fullmatch(r"metadata\['([^']+)'\]:'([^']*)'", params.get("query", ""))
        if not m:
            return error(400, "invalid_request_error", "Invalid search query.")
        expand = [e[len("data."):] for e in params.get("expand", []) if e.startswith("data.")]
        data = [shown(pi, expand) for pi in pis.values()
                if pi["metadata"].get(m.group(1)) == m.group(2)]
        return 200, {"object": "search_result", "data": data, "has_more": False,
                     "url": "/v1/payment_intents/search"}
    m = re.fullmatch(r"/v1/payment_intents/(pi_\w+)(/cancel)?", path)
    if m:
        pi = pis.get(m.group(1))
        if not pi:
            return error(404, "invalid_request_error",
                         "No such payment_intent: '%s'" % m.group(1), "resource_missing")
        if method == "GET" and not m.group(2):
            return 200, shown(pi, params.get("expand", []))
        if method == "POST" and m.group(2):
            if pi["status"] in ("succeeded", "canceled", "processing"):
                return error(400, "invalid_request_error",
                             "You cannot cancel this PaymentIntent because it has a status of %s."
                             % pi["status"], "payment_intent_unexpected_state",
                             extra={"payment_intent": pi})
            pi["status"] = "canceled"
            pi["cancellation_reason"] = params.get("cancellation_reason", "requested_by_customer")
            for r in STATE["readers"].values():
                act = r.get("action")
                if act and act["status"] == "in_progress" and \
                        act["process_payment_intent"]["payment_intent"] == pi["id"]:
                    act.update(status="failed", failure_code="intent_canceled",
                               failure_message="The PaymentIntent was canceled.")
            return 200, pi
    m = re.fullmatch(r"/v1/terminal/readers/(\w+)(/process_payment_intent|/cancel_action)?", path)
    if m:
        r = reader(m.group(1))
        if not r:
            return error(404, "invalid_request_error",
                         "No such terminal.reader: '%s'" % m.group(1), "resource_missing")
        if method == "GET" and not m.group(2):
            return 200, r
        if method == "POST" and m.group(2) == "/process_payment_intent":
            pi = pis.get(params.get("payment_intent", ""))
            if not pi:
                return error(400, "invalid_request_error", "No such payment_intent.",
                             "resource_missing", extra={"param": "payment_intent"})
            if r["action"] and r["action"]["status"] == "in_progress":
                return error(400, "invalid_request_error", "Reader is currently busy.",
                             "terminal_reader_busy")
            if pi["status"] not in ("requires_payment_method", "requires_confirmation"):
                return error(400, "invalid_request_error",
                             "This PaymentIntent's status is %s." % pi["status"],
                             "payment_intent_unexpected_state")
            r["action"] = {"type": "process_payment_intent", "status": "in_progress",
                           "failure_code": None, "failure_message": None,
                           "process_payment_intent": {"payment_intent": pi["id"]}}
            return 200, r
        if method == "POST" and m.group(2) == "/cancel_action":
            act = r.get("action")
            if not act or act["status"] != "in_progress":
                return error(400, "invalid_request_error", "Reader has no action to cancel.",
                             "terminal_reader_invalid_state")
            act.update(status="failed", failure_code="customer_canceled",
                       failure_message="The action was canceled.")
            return 200, r
    m = re.fullmatch(r"/v1/test_helpers/terminal/readers/(\w+)/present_payment_method", path)
    if m and method == "POST":
        r = reader(m.group(1))
        act = r and r.get("action")
        if not act or act["status"] != "in_progress":
            return error(400, "invalid_request_error", "Reader has no action in progress.",
                         "terminal_reader_invalid_state")
        pi = pis[act["process_payment_intent"]["payment_intent"]]
        number = params.get("card_present", {}).get("number", "4242424242424242")
        if number in DECLINES:
            code, decline, message = DECLINES[number]
            pi["status"] = "requires_payment_method"
            pi["last_payment_error"] = {"type": "card_error", "code": code,
                                        "decline_code": decline, "message": message}
            act.update(status="failed", failure_code=code, failure_message=message)
        else:
            pi["status"] = "succeeded"
            pi["amount_received"] = pi["amount"]
            pi["latest_charge"] = new_id("ch")
            pi["last_payment_error"] = None
            act["status"] = "succeeded"
        return 200, r
    if method == "POST" and path == "/v1/refunds":
        pi = pis.get(params.get("payment_intent", ""))
        if not pi:
            return error(400, "invalid_request_error", "No such payment_intent.",
                         "resource_missing", extra={"param": "payment_intent"})
        refunded = sum(x["amount"] for x in STATE["refunds"].values()
                       if x["payment_intent"] == pi["id"])
        amount = int(params.get("amount", pi["amount_received"] - refunded))
        if pi["status"] != "succeeded":
            return error(400, "invalid_request_error",
                         "This PaymentIntent does not have a successful charge to refund.",
                         "payment_intent_unexpected_state")
        if refunded >= pi["amount_received"]:
            return error(400, "invalid_request_error", "Charge %s has already been refunded."
                         % pi["latest_charge"], "charge_already_refunded")
        if amount + refunded > pi["amount_received"]:
            return error(400, "invalid_request_error",
                         "Refund amount is greater than unrefunded amount on charge.",
                         "amount_too_large")
        refund = {"id": new_id("re"), "object": "refund", "amount": amount,
                  "payment_intent": pi["id"], "charge": pi["latest_charge"], "status": "succeeded",
                  "created": int(time.time())}
        STATE["refunds"][refund["id"]] = refund
        return 200, refund
    return error(404, "invalid_request_error", "Unrecognized request URL (%s: %s)." % (method, path))


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Request-Id", "req_" + secrets.token_hex(7))
        self.end_headers()
        self.wfile.write(data)

    def dropping(self, path):
        for drop in DROPS:
            if path.startswith(drop[0]) and drop[1] > 0:
                drop[1] -= 1
                return True
        return False

    def serve(self, method):
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        params = parse_form(body if method == "POST" else url.query)
        with LOCK:
            if url.path == "/_fake/state":
                charged = sum(pi["amount_received"] for pi in STATE["payment_intents"].values())
                refunded = sum(r["amount"] for r in STATE["refunds"].values())
                return self.answer(200, {"charged": charged, "refunded": refunded,
                                         "succeeded": sum(1 for pi in STATE["payment_intents"].values()
                                                          if pi["status"] == "succeeded"),
                                         "payment_intents": list(STATE["payment_intents"].values())})
            if url.path == "/_fake/fail":
                FAILS.append([params["path"], int(params.get("count", "1")),
                              int(params.get("status", "500"))])
                return self.answer(200, {"ok": True})
            if url.path == "/_fake/undrop":
                DROPS.clear()
                FAILS.clear()
                return self.answer(200, {"ok": True})
            if url.path == "/_fake/drop":
                DROPS.append([params["path"], int(params.get("count", "1"))])
                return self.answer(200, {"ok": True})
            if self.headers.get("Authorization") != "Bearer " + ARGS.key:
                status, answer = error(401, "invalid_request_error",
                                       "Invalid API Key provided: %s****" %
                                       (self.headers.get("Authorization") or "")[7:15])
                return self.answer(status, answer)
            for fail in FAILS:
                if url.path.startswith(fail[0]) and fail[1] > 0:
                    fail[1] -= 1
                    status, answer = error(fail[2], "api_error" if fail[2] >= 500 else
                                           "rate_limit_error" if fail[2] == 429 else
                                           "invalid_request_error", "Injected failure.")
                    return self.answer(status, answer)
            idem = self.headers.get("Idempotency-Key") if method == "POST" else None
            if idem:
                seen = STATE["idempotency"].get(idem)
                if seen:
                    if seen["path"] != url.path or seen["params"] != params:
                        status, answer = error(
                            400, "idempotency_error",
                            "Keys for idempotent requests can only be used with the same "
                            "parameters they were first used with. Try using a key other than "
                            "'%s' if you meant to execute a different request." % idem)
                    else:
                        status, answer = seen["status"], seen["body"]
                    drop = self.dropping(url.path)
                else:
                    status, answer = handle(method, url.path, params, idem)
                    # Stripe keeps the result of a request once it started to run, errors
                    # included; not a refusal of the key itself.
                    if status not in (401, 429):
                        STATE["idempotency"][idem] = {"path": url.path, "params": params,
                                                      "status": status, "body": answer}
                    drop = self.dropping(url.path)
            else:
                status, answer = handle(method, url.path, params, None)
                drop = self.dropping(url.path)
            save()
        if drop:
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.answer(status, answer)

    def do_GET(self):
        self.serve("GET")

    def do_POST(self):
        self.serve("POST")


def main():
    global ARGS, STATE
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--state")
    ARGS = p.parse_args()
    if ARGS.state and os.path.exists(ARGS.state):
        with open(ARGS.state) as f:
            STATE = json.load(f)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
    print("ready %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
