"""The simulated vCenter's PropertyCollector: RetrievePropertiesEx over filter specs (object
sets, traversals, property specs) and its paging (Continue/CancelRetrievePropertiesEx)."""

from __future__ import annotations

from typing import Any

from ._answers import VOID, moref
from ._faults import SimFault
from ._inventory import is_a
from ._properties import ObjectProperties


class PropertyCollector(ObjectProperties):
    """Operation methods `op_PropertyCollector_<name>` over the objects' properties."""

    def op_PropertyCollector_RetrievePropertiesEx(self, moid: str, body: Any, session: Any) -> Any:
        """The objects each filter spec's objectSet selects, with its traversals (TraversalSpecs
        and named SelectionSpecs; a type matches its subtypes: ManagedEntity matches a Folder),
        and the properties its propSet names (`all`: every top-level one). Unset properties are
        left out and objects no PropertySpec applies to are not reported, as vCenter does;
        `options.maxObjects` pages the result (ContinueRetrievePropertiesEx with the token)."""
        if session is None:
            return None  # anonymous callers see nothing (the spec allows the call)
        objects: list[dict[str, Any]] = []
        for spec in body.get("specSet") or ():
            prop_specs = list(spec.get("propSet") or ())
            named: dict[str, dict[str, Any]] = {}
            _named_specs(spec.get("objectSet") or (), named)
            found: list[dict[str, str]] = []
            for obj_spec in spec.get("objectSet") or ():
                obj = {k: obj_spec["obj"][k] for k in ("type", "value")}
                self._properties(obj, session)  # exists?
                selections = obj_spec.get("selectSet") or []
                self._collect(obj, bool(obj_spec.get("skip")), selections, named, found, 0)
            for obj in found:
                content = self._content(obj, prop_specs, session)
                if content is not None:
                    objects.append(content)
        return self._page(objects, (body.get("options") or {}).get("maxObjects"))

    def _content(
        self, obj: dict[str, str], prop_specs: list[Any], session: Any
    ) -> dict[str, Any] | None:
        matching = [p for p in prop_specs if is_a(obj["type"], str(p.get("type")))]
        if not matching:
            return None
        values = self._properties(obj, session)
        paths: list[str] = []
        for prop_spec in matching:
            if prop_spec.get("all"):
                wanted = [p for p in values if "." not in p]
            else:
                wanted = list(prop_spec.get("pathSet") or ())
            paths += [p for p in wanted if p not in paths]
        props = []
        for path in paths:
            if path not in values:
                raise SimFault("InvalidProperty", f"property {path} of {obj['type']}", name=path)
            if values[path] is not None:
                props.append({"_typeName": "DynamicProperty", "name": path, "val": values[path]})
        content: dict[str, Any] = {
            "_typeName": "ObjectContent",
            "obj": moref(obj["type"], obj["value"]),
        }
        if props:
            content["propSet"] = props
        return content

    def _page(self, objects: list[dict[str, Any]], max_objects: Any) -> Any:
        if not objects:
            return None
        limit = int(max_objects or 0)
        result: dict[str, Any] = {"_typeName": "RetrieveResult"}
        if 0 < limit < len(objects):
            token = str(self.world.next_id())
            with self.world.lock:
                self.world.pages[token] = (objects[limit:], limit)
            result["token"] = token
            objects = objects[:limit]
        result["objects"] = objects
        return result

    def _traverse(self, obj: dict[str, str], path: str) -> list[dict[str, str]]:
        value = self._properties(obj, None).get(path)
        refs = value.get("_value") if isinstance(value, dict) else None
        if isinstance(value, dict) and value.get("_typeName") == "ManagedObjectReference":
            refs = [value]
        return [
            {"type": v["type"], "value": v["value"]}
            for v in refs or ()
            if isinstance(v, dict) and v.get("_typeName") == "ManagedObjectReference"
        ]

    def _collect(
        self,
        obj: dict[str, str],
        skip: bool,
        selections: list[Any],
        named: dict[str, dict[str, Any]],
        out: list[dict[str, str]],
        depth: int,
    ) -> None:
        if not skip and obj not in out:
            out.append(obj)
        if depth > MAX_TRAVERSAL_DEPTH:
            return
        for sel in selections:
            traversal = sel
            if sel.get("_typeName") != "TraversalSpec":
                traversal = named.get(str(sel.get("name")))
                if traversal is None:
                    raise SimFault(
                        "InvalidArgument",
                        f"undefined TraversalSpec name {sel.get('name')!r}",
                        invalidProperty="selectSet",
                    )
            if not is_a(obj["type"], str(traversal.get("type"))):
                continue
            for target in self._traverse(obj, str(traversal.get("path"))):
                more = traversal.get("selectSet") or []
                self._collect(target, bool(traversal.get("skip")), more, named, out, depth + 1)

    def op_PropertyCollector_ContinueRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        with self.world.lock:
            page = self.world.pages.pop(str(body.get("token")), None)
        if page is None:
            # The spec's declared fault (its description says InvalidArgument, its schema
            # InvalidProperty); govmomi's vcsim answers InvalidProperty too.
            raise SimFault("InvalidProperty", "unknown token", name="token")
        rest, limit = page
        return self._page(rest, limit)

    def op_PropertyCollector_CancelRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        with self.world.lock:
            self.world.pages.pop(str(body.get("token")), None)
        return VOID


MAX_TRAVERSAL_DEPTH = 64  # SelectionSpecs may refer back to themselves (govc's traverseParent)


def _named_specs(selections: Any, named: dict[str, dict[str, Any]]) -> None:
    """Every named TraversalSpec of a filter spec, however deeply nested: SelectionSpecs refer
    to them by name."""
    for item in selections or ():
        for sel in item.get("selectSet") or ():
            if sel.get("_typeName") != "TraversalSpec":
                continue
            name = sel.get("name")
            if name and name in named:
                continue
            if name:
                named[name] = sel
            _named_specs([sel], named)
