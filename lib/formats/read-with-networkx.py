# Reads Entente's exports with networkx (GEXF and GraphML with its readers; graphology JSON and the CSV pair by building
# a MultiDiGraph) and prints, per format, what was read: counts, graph type and each edge's and node's attribute names.
import csv, json, sys
import networkx as nx

folder = sys.argv[1]

def summary(G, edge_key):
    return {
        'type': type(G).__name__,
        'nodes': G.number_of_nodes(),
        'edges': G.number_of_edges(),
        'nodeAttributes': {str(n): sorted(a.keys()) for n, a in G.nodes(data=True)},
        'edgeAttributes': {str(edge_key(k, a)): sorted(a.keys()) for _, _, k, a in G.edges(keys=True, data=True)},
        'undirectedTies': sum(1 for _, _, a in G.edges(data=True) if a.get('directed') in (False, 'false')),
        'armenia': {k: v for k, v in G.nodes['ARM'].items() if isinstance(v, (str, int, float, bool))} if 'ARM' in G else None,
    }

def from_json(path):
    data = json.load(open(path, encoding='utf-8'))
    G = nx.MultiDiGraph(**data.get('attributes', {}))
    for node in data['nodes']:
        G.add_node(node['key'], **node.get('attributes', {}))
    for edge in data['edges']:
        G.add_edge(edge['source'], edge['target'], key=edge['key'], **edge.get('attributes', {}))
    return G

def from_csv(nodes_path, edges_path):
    G = nx.MultiDiGraph()
    with open(nodes_path, encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            G.add_node(row.pop('key'), **row)
    with open(edges_path, encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            source, target, key = row.pop('source'), row.pop('target'), row.pop('key')
            G.add_edge(source, target, key=key, **row)
    return G

result = {
    'gexf': summary(nx.read_gexf(f'{folder}/graph.gexf'), lambda k, a: a.get('id', k)),
    'graphml': summary(nx.read_graphml(f'{folder}/graph.graphml'), lambda k, a: k),
    'json': summary(from_json(f'{folder}/graph.json'), lambda k, a: k),
    'csv': summary(from_csv(f'{folder}/graph.nodes.csv', f'{folder}/graph.edges.csv'), lambda k, a: k),
}
print(json.dumps(result))
