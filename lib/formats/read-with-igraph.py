# Reads Entente's GraphML exports with python-igraph (which has no GEXF reader) and prints, per file, what was read:
# counts, directedness, node and edge ids, the attribute names, how many ties say they are undirected, Armenia's values.
import json, sys
import igraph as ig

folder = sys.argv[1]

def summary(path):
    G = ig.Graph.Read_GraphML(path)
    edge_attributes = G.es.attributes()
    armenia = [v for v in G.vs if v['id'] == 'ARM']
    return {
        'directed': G.is_directed(),
        'nodes': G.vcount(),
        'edges': G.ecount(),
        'nodeIds': G.vs['id'],
        'edgeIds': G.es['id'] if 'id' in edge_attributes else [],
        'nodeAttributes': sorted(G.vs.attributes()),
        'edgeAttributes': sorted(edge_attributes),
        'undirectedTies': sum(1 for e in G.es if e['directed'] in (False, 'false')) if 'directed' in edge_attributes else 0,
        'armenia': {k: v for k, v in armenia[0].attributes().items() if isinstance(v, (str, bool)) or (isinstance(v, float) and v == v)} if armenia else None,
    }

print(json.dumps({name: summary(f'{folder}/{name}.graphml') for name in sys.argv[2:]}))
